package io.screenpop.audit;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.api.InvalidInputException;
import io.screenpop.signin.AdminOnly;

/**
 * {@code GET /admin/audit} (admins): the audit trail as a page, newest first, 100 rows at a time,
 * with filters for who, action, outcome and dates (the same parameters as {@code GET /api/audit}).
 * A bad filter shows its error above the table; a caller who is not an admin gets a 403 page ({@link AdminOnly}).
 */
@Tag(name = "Pages")
@Path("/admin/audit")
@AdminOnly
public class AuditPageResource {

    private final AuditTrail trail;

    /** CDI constructor. */
    public AuditPageResource(AuditTrail trail) {
        this.trail = trail;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEventView> events, List<String> actions, List<String> outcomes,
                String who, String action, String outcome, String from, String to, String error, String nextUrl);

    }

    /**
     * @return the page: 200, or 403 for a caller who is not an admin
     */
    @Operation(summary = "The audit page (admin), with filters")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Audit trail</h1>…</html>")))
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("who") String who, @QueryParam("action") String action,
            @QueryParam("outcome") String outcome, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("before") Long before) {
        List<AuditEventView> events = List.of();
        String error = null;
        String nextUrl = null;
        try {
            AuditQuery query = AuditQuery.parse(who, action, outcome, from, to, before, AuditQuery.DEFAULT_LIMIT);
            events = trail.find(query).stream().map(AuditEventView::of).toList();
            if (events.size() == query.limit()) {
                nextUrl = nextUrl(who, action, outcome, from, to, events.get(events.size() - 1).id());
            }
        } catch (InvalidInputException e) {
            error = e.errors().entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).findFirst()
                    .orElse(e.getMessage());
        }
        return Response.ok(Templates.audit(events, trail.actions(), AuditQuery.OUTCOMES.stream().sorted().toList(),
                who, action, outcome, from, to, error, nextUrl)).header("Cache-Control", "no-store").build();
    }

    private static String nextUrl(String who, String action, String outcome, String from, String to, long before) {
        StringBuilder url = new StringBuilder("/admin/audit?before=").append(before);
        param(url, "who", who);
        param(url, "action", action);
        param(url, "outcome", outcome);
        param(url, "from", from);
        param(url, "to", to);
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
