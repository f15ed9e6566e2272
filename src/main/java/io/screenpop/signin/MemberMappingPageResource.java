package io.screenpop.signin;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;

import java.util.List;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.security.CsrfTokens;

/**
 * {@code GET /admin/members} (admins): which signed-in users are logged as which ConnectWise member. Users
 * whose e-mail is a member's primary or office e-mail need nothing here; an explicit mapping wins over that
 * match. The page's script maps and unmaps through {@code /api/admin/member-mappings} with the CSRF token the
 * page hands out. Anybody else gets a 403 page ({@link AdminOnly}).
 */
@Tag(name = "Pages")
@Path("/admin/members")
@AdminOnly
public class MemberMappingPageResource {

    private final AgentMembers agentMembers;
    private final CsrfTokens csrf;

    /** CDI constructor. */
    public MemberMappingPageResource(AgentMembers agentMembers, CsrfTokens csrf) {
        this.agentMembers = agentMembers;
        this.csrf = csrf;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(List<AgentMemberView.Mapping> mappings, String csrfToken);
    }

    /**
     * @param csrfCookie the browser's CSRF nonce cookie, reused when well-formed
     * @param uriInfo    request URI, to mark the cookie secure over HTTPS
     * @return the page, or 403 for a caller who is not an admin
     */
    @Operation(summary = "The user-to-member mapping page (admin)")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Agents and ConnectWise members</h1>…</html>")))
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@CookieParam(CsrfTokens.COOKIE) String csrfCookie, @Context UriInfo uriInfo) {
        String token = csrf.tokenFor(csrfCookie);
        List<AgentMemberView.Mapping> mappings = agentMembers.mappings().stream().map(AgentMemberView.Mapping::of).toList();
        return Response.ok(Templates.members(mappings, token)).header("Cache-Control", "no-store")
                .cookie(csrf.cookie(token, "https".equals(uriInfo.getBaseUri().getScheme()))).build();
    }
}
