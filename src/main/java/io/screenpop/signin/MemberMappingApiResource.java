package io.screenpop.signin;

import java.util.List;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.screenpop.api.WriteAnswer;
import io.screenpop.security.CsrfProtected;

/**
 * The admins' user-to-member mappings ({@link AdminOnly}: 403 to anybody else):
 * <ul>
 * <li>{@code GET /api/admin/member-mappings}: every explicit mapping;</li>
 * <li>{@code PUT /api/admin/member-mappings/{email}} (form {@code member_identifier}): maps a user, replacing an
 * earlier mapping; 400 naming {@code email} or {@code member_identifier};</li>
 * <li>{@code DELETE /api/admin/member-mappings/{email}}: removes a mapping (404 when there is none); the user is
 * matched by e-mail again.</li>
 * </ul>
 * Writes need the CSRF token, a bearer token or an API key.
 */
@Path("/api/admin/member-mappings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class MemberMappingApiResource {

    private final AgentMembers agentMembers;

    /** CDI constructor. */
    public MemberMappingApiResource(AgentMembers agentMembers) {
        this.agentMembers = agentMembers;
    }

    /** @return {@code [{"email":"…","member_identifier":"tlopez","member_name":"Tina Lopez","mapped_by":"…","mapped_at":"…"}]} */
    @GET
    public List<AgentMemberView.Mapping> mappings() {
        return agentMembers.mappings().stream().map(AgentMemberView.Mapping::of).toList();
    }

    /**
     * @param email      the user's e-mail address
     * @param identifier the ConnectWise member identifier
     * @return 200 {@code {"success":true,"message":"jane@example.com is now logged as Tina Lopez (tlopez)","mapping":{…}}}
     */
    @PUT
    @Path("/{email}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    public AgentMemberView.Changed map(@PathParam("email") String email,
            @RestForm("member_identifier") @Size(max = 15, message = "must be at most 15 characters") String identifier) {
        AgentMember row = agentMembers.map(email, identifier);
        return new AgentMemberView.Changed(true, row.email + " is now logged as " + row.memberName + " ("
                + row.memberIdentifier + ")", AgentMemberView.Mapping.of(row));
    }

    /**
     * @param email the user's e-mail address
     * @return 200 {@code {"success":true,"message":"…"}}, or 404 when the user was not mapped
     */
    @DELETE
    @Path("/{email}")
    @CsrfProtected
    public Response unmap(@PathParam("email") String email) {
        if (!agentMembers.unmap(email)) {
            return Response.status(404).entity(WriteAnswer.failure(email + " is not mapped to a member")).build();
        }
        return Response.ok(new AgentMemberView.Changed(true, email + " is matched by e-mail again", null)).build();
    }
}
