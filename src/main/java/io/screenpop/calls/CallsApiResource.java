package io.screenpop.calls;

import io.screenpop.openapi.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.screenpop.api.ApiError;
import io.screenpop.signin.CurrentAgent;

/**
 * {@code GET /api/calls?limit=N[&outcome=…][&who=mine]}: the latest recorded calls, newest first, as {@link CallView}s.
 * Open to a signed-in session or a machine API key (sign-in decides who may read {@code /api}).
 */
@Tag(name = "Calls")
@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsApiResource {

    private final CallHistory history;
    private final CurrentAgent agent;

    /** CDI constructor. */
    public CallsApiResource(CallHistory history, CurrentAgent agent) {
        this.history = history;
        this.agent = agent;
    }

    /**
     * @param limit   how many calls, 1 to 500 (default 50)
     * @param outcome only this outcome ({@code no_match} …), optional
     * @param who     {@code mine}: only the signed-in agent's calls ({@link CurrentAgent#who}); {@code all}
     *                (default): everyone's
     * @return 200 with the calls, or 400 naming {@code limit}, {@code outcome} or {@code who} (mine without a
     *         signed-in user, or another value)
     */
    @Operation(summary = "Recent calls, newest first")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @APIResponse(responseCode = "200", description = "The calls",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "calls", value = "[{\"at\":\"2026-12-01T10:15:02Z\",\"number\":\"(408) 555-1213\",\"e164\":\"+14085551213\",\"outcome\":\"single_match\",\"company\":{\"id\":1,\"name\":\"ACME Corporation\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\"},\"source\":\"screenpop\",\"agent\":\"jane@msp.example\"}]")))
    @APIResponse(responseCode = "400", description = "A bad limit or outcome",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "invalid", value = "{\"error\":\"Bad Request\",\"message\":\"limit must be a whole number from 1 to 500\"}")))
    @GET
    public Response calls(@QueryParam("limit") String limit, @QueryParam("outcome") String outcome,
            @QueryParam("who") String who) {
        int n = 50;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > CallHistory.MAX_LIMIT) {
                return Response.status(400).entity(new ApiError("Invalid limit",
                        "limit must be a whole number from 1 to " + CallHistory.MAX_LIMIT,
                        java.util.Map.of("limit", "must be from 1 to " + CallHistory.MAX_LIMIT), null)).build();
            }
        }
        CallOutcome only = null;
        if (outcome != null && !outcome.isBlank()) {
            only = CallOutcome.fromWire(outcome.strip());
            if (only == null) {
                return Response.status(400).entity(new ApiError("Invalid outcome",
                        "outcome must be single_match, choice, no_match, not_a_number or internal_extension",
                        java.util.Map.of("outcome", "is not a known outcome"), null)).build();
            }
        }
        String mine = null;
        if (who != null && !who.isBlank() && !"all".equals(who.strip())) {
            mine = "mine".equals(who.strip()) ? agent.who().orElse(null) : null;
            if (mine == null) {
                return Response.status(400).entity(new ApiError("Invalid who",
                        "who must be all, or mine for a signed-in user",
                        java.util.Map.of("who", "must be all, or mine when signed in"), null)).build();
            }
        }
        List<CallView> calls = history.latest(new CallHistory.Query(n, mine, only, null)).stream()
                .map(CallView::of).toList();
        return Response.ok(calls).build();
    }
}
