package io.screenpop.signin;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Sign out. {@code GET /logout} with a session is answered by quarkus-oidc ({@code quarkus.oidc.logout.path}): it
 * ends the session and redirects to the provider's {@code end_session_endpoint} (OpenID Connect RP-Initiated
 * Logout 1.0), which comes back to {@code /signed-out}. This resource answers the rest.
 */
@Path("/")
public class SignOutResource {

    /** Pages of this resource. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    /** @return {@code GET /logout} without a session (signed out already, or sign-in off): 303 to the start page */
    @GET
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/")).header("Cache-Control", "no-store").build();
    }

    /** @return {@code GET /signed-out}: where the provider sends the browser after signing out (public) */
    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
