package io.screenpop.extensions;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;
import io.screenpop.security.CsrfTokens;

/**
 * {@code GET /extensions[?extension=205]}: manage which ConnectWise member each internal extension
 * belongs to. A screenpop of an unassigned extension lands here with the extension filled in. The
 * page's script lists, assigns, reassigns and unassigns through {@code /api/extensions} with the
 * CSRF token the page hands out.
 */
@Path("/extensions")
@Tag(name = "Pages", description = "HTML pages for agents")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class ExtensionPageResource {

    private final InternalExtensions extensions;
    private final CsrfTokens csrf;

    /** CDI constructor. */
    public ExtensionPageResource(InternalExtensions extensions, CsrfTokens csrf) {
        this.extensions = extensions;
        this.csrf = csrf;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance extensions(String extension, boolean unknown, String extensionFormat, String csrfToken);
    }

    /**
     * @param extension  an extension to fill in (from the screenpop); optional
     * @param csrfCookie the browser's CSRF token cookie, reused when well-formed
     * @param uriInfo    request URI, to mark the cookie secure over HTTPS
     * @return the page
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The extensions page", description = "Where an unassigned extension pops (?extension= fills it in).")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Extensions</h1>…</html>")))
    public Response page(@QueryParam("extension") String extension, @CookieParam(CsrfTokens.COOKIE) String csrfCookie,
            @Context UriInfo uriInfo) {
        String wanted = extensions.isInternal(extension) ? extension.strip() : null;
        boolean unknown = wanted != null && extensions.find(wanted).isEmpty();
        String token = csrf.tokenFor(csrfCookie);
        return Response.ok(Templates.extensions(wanted, unknown, extensions.describe(), token))
                .header("Cache-Control", "no-store")
                .cookie(csrf.cookie(token, "https".equals(uriInfo.getBaseUri().getScheme()))).build();
    }
}
