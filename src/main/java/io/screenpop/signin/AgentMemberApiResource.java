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
import io.screenpop.members.MemberView;
import io.screenpop.security.CsrfProtected;

/**
 * The agent's own member and the admins' user-to-member mappings:
 * <ul>
 * <li>{@code GET /api/members/me}: who the caller's writes are charged to ({@link AgentMemberView.Me});</li>
 * <li>{@code GET /api/admin/member-mappings}: every explicit mapping;</li>
 * <li>{@code PUT /api/admin/member-mappings/{email}} (form {@code member_identifier}): maps a user, replacing an
 * earlier mapping; 400 naming {@code email} or {@code member_identifier};</li>
 * <li>{@code DELETE /api/admin/member-mappings/{email}}: removes a mapping (404 when there is none); the user is
 * matched by e-mail again.</li>
 * </ul>
 * The admin calls answer 403 to anybody who is not an admin ({@link AdminOnly}). Writes need the CSRF token or an API key.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class AgentMemberApiResource {

    private final AgentMembers agentMembers;

    /** CDI constructor. */
    public AgentMemberApiResource(AgentMembers agentMembers) {
        this.agentMembers = agentMembers;
    }

    /**
     * @return e.g. {@code {"signed_in":true,"email":"tina.lopez@msp.example","member":{"identifier":"tlopez",…},
     *         "source":"email","can_log_time":true,"message":"Logging as Tina Lopez (tlopez)"}}
     */
    @GET
    @Path("/members/me")
    public AgentMemberView.Me me() {
        return agentMembers.current().map(r -> r.found()
                ? new AgentMemberView.Me(true, r.email(), MemberView.of(r.member()), r.source().name().toLowerCase(java.util.Locale.ROOT),
                        true, "Logging as " + r.member().fullName() + " (" + r.member().identifier() + ")")
                : new AgentMemberView.Me(true, r.email(), null, null, false, r.reason()))
                .orElseGet(() -> new AgentMemberView.Me(false, null, null, null, true,
                        "Nobody is signed in: choose the member in \"Logging as\"."));
    }

    /** @return 200 {@code [{"email":"…","member_identifier":"tlopez","member_name":"Tina Lopez","mapped_by":"…","mapped_at":"…"}]}, or 403 */
    @GET
    @Path("/admin/member-mappings")
    @AdminOnly
    public Response mappings() {
        List<AgentMemberView.Mapping> all = agentMembers.mappings().stream().map(AgentMemberView.Mapping::of).toList();
        return Response.ok(all).build();
    }

    /**
     * @param email      the user's e-mail address
     * @param identifier the ConnectWise member identifier
     * @return 200 {@code {"success":true,"message":"jane@example.com is now logged as Tina Lopez (tlopez)","mapping":{…}}}
     */
    @PUT
    @Path("/admin/member-mappings/{email}")
    @AdminOnly
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    public Response map(@PathParam("email") String email,
            @RestForm("member_identifier") @Size(max = 15, message = "must be at most 15 characters") String identifier) {
        AgentMember row = agentMembers.map(email, identifier);
        return Response.ok(new AgentMemberView.Changed(true, row.email + " is now logged as " + row.memberName + " ("
                + row.memberIdentifier + ")", AgentMemberView.Mapping.of(row))).build();
    }

    /**
     * @param email the user's e-mail address
     * @return 200 {@code {"success":true,"message":"…"}}, or 404 when the user was not mapped
     */
    @DELETE
    @Path("/admin/member-mappings/{email}")
    @AdminOnly
    @CsrfProtected
    public Response unmap(@PathParam("email") String email) {
        if (!agentMembers.unmap(email)) {
            return Response.status(404).entity(WriteAnswer.failure(email + " is not mapped to a member")).build();
        }
        return Response.ok(new AgentMemberView.Changed(true, email + " is matched by e-mail again", null)).build();
    }
}
