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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.index.PhoneIndex;
import io.screenpop.phone.PhoneNumberNormalizer;
import io.screenpop.signin.CurrentAgent;

/**
 * {@code GET /calls}: recent calls, newest first, with filters ({@code who=mine|all},
 * {@code outcome=no_match …}, {@code today=true}) and links to each company page; the page's script
 * refreshes the table while it is open. {@code GET /calls/unknown}: the numbers that called today and
 * are still in no ConnectWise record, each with a button opening pick-or-create for it.
 */
@Tag(name = "Pages")
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
public class CallsPageResource {

    private static final int PAGE = 200;

    private final CallHistory history;
    private final PhoneNumberNormalizer normalizer;
    private final PhoneIndex index;
    private final CurrentAgent agent;

    /** CDI constructor. */
    public CallsPageResource(CallHistory history, PhoneNumberNormalizer normalizer, PhoneIndex index,
            CurrentAgent agent) {
        this.history = history;
        this.normalizer = normalizer;
        this.index = index;
        this.agent = agent;
    }

    /**
     * The filters as the page shows them.
     *
     * @param mine     only the signed-in agent's calls ({@link CurrentAgent#who})
     * @param outcome  the outcome filter's wire name, or empty
     * @param today    only today's calls
     * @param signedIn whether someone is signed in (the "Mine" filter needs it)
     */
    public record Filters(boolean mine, String outcome, boolean today, boolean signedIn) {
    }

    /**
     * One unknown number of today.
     *
     * @param display   the number formatted for reading
     * @param caller    the call summary
     * @param attachUrl pick-or-create for it
     * @param lastTime  local time of the last call, e.g. {@code 14:05:12}
     */
    public record UnknownRow(String display, CallHistory.UnknownCaller caller, String attachUrl, String lastTime) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calls(List<CallRow> rows, Filters filters, CallOutcome[] outcomes,
                int unknownToday);

        static native TemplateInstance unknown(List<UnknownRow> numbers);
    }

    /**
     * @param who     {@code mine} or {@code all} (default)
     * @param outcome an outcome's wire name, optional; unknown names are ignored
     * @param today   {@code true} for today's calls only
     * @return the page
     */
    @Operation(summary = "The recent calls page")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Recent calls</h1>…</html>")))
    @GET
    public Response calls(@QueryParam("who") String who, @QueryParam("outcome") String outcome,
            @QueryParam("today") boolean today) {
        String me = agent.who().orElse(null);
        boolean mine = "mine".equals(who) && me != null;
        CallOutcome only = outcome == null ? null : CallOutcome.fromWire(outcome);
        List<CallRow> rows = history.latest(new CallHistory.Query(PAGE, mine ? me : null, only,
                today ? CallHistory.startOfToday() : null)).stream()
                .map(e -> CallRow.of(e, e.e164() == null ? null : normalizer.display(e.e164()))).toList();
        Filters filters = new Filters(mine, only == null ? "" : only.wire(), today, me != null);
        return page(Templates.calls(rows, filters, CallOutcome.values(), unknownToday().size()));
    }

    /** @return today's unknown callers */
    @Operation(summary = "Unknown callers today, each with a button to attach the number")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Unknown callers today</h1>…</html>")))
    @GET
    @Path("/unknown")
    public Response unknown() {
        List<UnknownRow> rows = unknownToday().stream()
                .map(u -> new UnknownRow(normalizer.display(u.e164()), u, CallRow.attachUrl(u.e164()),
                        u.last().atZone(java.time.ZoneId.systemDefault()).toLocalTime().withNano(0).toString()))
                .toList();
        return page(Templates.unknown(rows));
    }

    /** Numbers that called today and that the index still does not know (attached since: left out). */
    private List<CallHistory.UnknownCaller> unknownToday() {
        return history.unknownSince(CallHistory.startOfToday()).stream()
                .filter(u -> index.lookup(u.e164()).isEmpty()).toList();
    }

    private static Response page(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8").header("Cache-Control", "no-store")
                .build();
    }
}
