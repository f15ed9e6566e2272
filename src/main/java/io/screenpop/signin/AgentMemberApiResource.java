package io.screenpop.signin;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.screenpop.members.MemberView;

/**
 * {@code GET /api/members/me}: who the caller's writes are charged to ({@link AgentMemberView.Me}), for the
 * company page's "Logging as" and for tools.
 */
@Path("/api/members/me")
@Produces(MediaType.APPLICATION_JSON)
public class AgentMemberApiResource {

    private final AgentMembers agentMembers;

    /** CDI constructor. */
    public AgentMemberApiResource(AgentMembers agentMembers) {
        this.agentMembers = agentMembers;
    }

    /**
     * @return e.g. {@code {"signed_in":true,"email":"tina.lopez@msp.example","member":{"identifier":"tlopez",…},
     *         "source":"email","can_log_time":true,"message":"Logging as Tina Lopez (tlopez)"}}; for a signed-in agent
     *         without a member {@code "can_log_time":false} and the reason; with sign-in off or an API key
     *         {@code "signed_in":false}
     */
    @GET
    public AgentMemberView.Me me() {
        return agentMembers.current().map(r -> r.found()
                ? new AgentMemberView.Me(true, r.email(), MemberView.of(r.member()), r.source().name().toLowerCase(Locale.ROOT),
                        true, "Logging as " + r.member().fullName() + " (" + r.member().identifier() + ")")
                : new AgentMemberView.Me(true, r.email(), null, null, false, r.reason()))
                .orElseGet(() -> new AgentMemberView.Me(false, null, null, null, true,
                        "Nobody is signed in: choose the member in \"Logging as\"."));
    }
}
