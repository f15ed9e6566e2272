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

/**
 * {@code GET /members/{identifier}}: where a screenpop of an assigned internal extension lands. The
 * technician's name comes from the extension table (no ConnectWise call, so it renders at once);
 * their open tickets, owned or assigned, load from the page's script.
 */
@Path("/members")
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
