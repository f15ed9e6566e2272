package io.screenpop.signin;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Pages")
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
    @Operation(summary = "Sign out here and at the identity provider (RP-initiated logout)")
    @APIResponse(responseCode = "303", description = "To the provider's logout, then /signed-out; without a session to /",
            content = @Content(mediaType = "text/plain", examples = @ExampleObject(name = "redirect", value = "")))
    public Response logout() {
        return Response.seeOther(URI.create("/")).header("Cache-Control", "no-store").build();
    }

    /** @return {@code GET /signed-out}: where the provider sends the browser after signing out (public) */
    @GET
    @Path("signed-out")
    @Operation(summary = "The signed-out page (public)")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…You are signed out…</html>")))
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
