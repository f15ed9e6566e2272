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
import io.screenpop.security.CsrfTokens;

/**
 * {@code GET /extensions[?extension=205]}: manage which ConnectWise member each internal extension
 * belongs to. A screenpop of an unassigned extension lands here with the extension filled in. The
 * page's script lists, assigns, reassigns and unassigns through {@code /api/extensions} with the
 * CSRF token the page hands out.
 */
@Path("/extensions")
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
