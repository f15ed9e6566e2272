package io.screenpop.extensions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.connectwise.model.Member;
import io.screenpop.members.Members;

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

/**
 * {@code GET /members/{identifier}}: where a screenpop of an assigned internal extension lands. The
 * technician's name comes from the extension table (no ConnectWise call, so it renders at once);
 * their open tickets, owned or assigned, load from the page's script.
 */
@Path("/members")
@Tag(name = "Pages")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class TechnicianPageResource {

    private final InternalExtensions extensions;
    private final Members members;

    /** CDI constructor. */
    public TechnicianPageResource(InternalExtensions extensions, Members members) {
        this.extensions = extensions;
        this.members = members;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance technician(String identifier, String name, String title, String extension,
                String ticketsUrl);
    }

    /**
     * @param identifier ConnectWise member identifier
     * @param extension  the extension that called, from the screenpop; optional
     * @return the page
     */
    @GET
    @Path("/{identifier}")
    @Operation(summary = "A technician's page with their open tickets", description = "Where an assigned internal extension pops.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Tina Lopez</h1>…</html>")))
    @APIResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…No active member kjones…</html>")))
    @Produces(MediaType.TEXT_HTML)
    public Response technician(@PathParam("identifier") String identifier, @QueryParam("extension") String extension) {
        Optional<Member> member = member(identifier);
        String name = member.map(Member::fullName).or(() -> extensions.memberName(identifier)).orElse(identifier);
        String title = member.map(Member::title).filter(t -> !t.isBlank()).orElse(null);
        String ticketsUrl = "/api/tickets/open?member=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8);
        return Response.ok(Templates.technician(identifier, name, title, extension, ticketsUrl))
                .header("Cache-Control", "no-store").build();
    }

    /** The member from the cached member list; empty when unknown or when ConnectWise cannot be reached. */
    private Optional<Member> member(String identifier) {
        try {
            return members.find(identifier);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
