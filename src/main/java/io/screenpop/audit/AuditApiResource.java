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

import com.fasterxml.jackson.annotation.JsonProperty;

import io.screenpop.signin.AdminOnly;

/**
 * {@code GET /api/audit?who=&action=&outcome=&from=&to=&before=&limit=} (admins): the audit trail,
 * newest first. Dates are UTC days ({@code 2026-12-01}), both inclusive; {@code before} is the
 * {@code next_before} of the previous page. Malformed filters answer 400 naming the parameter; a
 * caller who is not an admin gets 403 ({@link AdminOnly}).
 */
@Tag(name = "Admin")
@Path("/api/audit")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AuditApiResource {

    private final AuditTrail trail;

    /** CDI constructor. */
    public AuditApiResource(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * A page of events.
     *
     * @param events     matching events, newest first
     * @param nextBefore the {@code before} of the next page, or {@code null} on the last page
     */
    public record Page(List<AuditEventView> events, @JsonProperty("next_before") Long nextBefore) {
    }

    /**
     * @return 200 {@code {"events":[{"id":42,"occurred_at":"…","actor":"jane@example.com","action":"ticket.note",
     *         "targets":"ticket_id=123 note_id=7","outcome":"success","status":200,"duration_ms":84,…}],"next_before":42}}
     */
    @Operation(summary = "The audit trail (admin): every write through the service, newest first")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @APIResponse(responseCode = "200", description = "Audit events",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "events", value = "{\"events\":[{\"id\":42,\"occurred_at\":\"2026-12-01T10:15:02Z\",\"actor\":\"jane@msp.example\",\"actor_kind\":\"agent\",\"address\":\"10.0.0.7\",\"action\":\"ticket.note\",\"method\":\"POST\",\"path\":\"/api/tickets/123/notes\",\"targets\":\"ticket 123, note 7\",\"outcome\":\"success\",\"status\":200,\"duration_ms\":184}],\"next_before\":41}")))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "forbidden", value = "{\"error\":\"Forbidden\",\"message\":\"This needs the screenpop-admin role.\"}")))
    @GET
    public Response events(@QueryParam("who") String who, @QueryParam("action") String action,
            @QueryParam("outcome") String outcome, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("before") Long before, @QueryParam("limit") Integer limit) {
        AuditQuery query = AuditQuery.parse(who, action, outcome, from, to, before, limit);
        List<AuditEventView> events = trail.find(query).stream().map(AuditEventView::of).toList();
        Long next = events.size() == query.limit() ? events.get(events.size() - 1).id() : null;
        return Response.ok(new Page(events, next)).build();
    }
}
