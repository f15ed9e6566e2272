package io.screenpop.signin;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;

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
@Tag(name = "Members")
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
    @Operation(summary = "Who the caller's notes and time are charged to")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @APIResponse(responseCode = "200", description = "The member, or why there is none",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "me", value = "{\"signed_in\":true,\"email\":\"jane@msp.example\",\"member\":{\"id\":12,\"identifier\":\"tlopez\",\"name\":\"Tina Lopez\"},\"source\":\"email\",\"can_log_time\":true}")))
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
