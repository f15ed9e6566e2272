package io.screenpop.tickets;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

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
import io.screenpop.api.InvalidInputException;
import io.screenpop.api.WriteAnswer;
import io.screenpop.api.JsonForms;
import io.screenpop.connectwise.ConnectWiseRejectedException;
import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Member;
import io.screenpop.connectwise.model.Priority;
import io.screenpop.connectwise.model.Ticket;
import io.screenpop.idempotency.Idempotent;
import io.screenpop.security.CsrfProtected;
import io.screenpop.signin.AgentMembers;

/**
 * The ticket API, used by the company and member pages (writes guarded by the CSRF token) and by
 * tools (API key): search, open tickets, one ticket, create, note, time, status, and the call log.
 * Every write takes a form ({@code application/x-www-form-urlencoded} or multipart) or a JSON object
 * with the same fields in camelCase or snake_case ({@link JsonForms}); both go through the same form
 * class, constraints and handler, so they answer alike. Bad input answers 400 naming the field and
 * writes nothing; ConnectWise's refusals and failures come back with ConnectWise's message.
 * Notes and time of a signed-in agent are charged to their own ConnectWise member
 * ({@link AgentMembers#chargeTo}); naming another member is 403 unless they are an admin.
 */
@Idempotent
@Path("/api/tickets")
@Tag(name = "Tickets", description = "Ticket search and the writes of the company page: create, note, time, status, log a call")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirementsSet({@SecurityRequirement(name = ApiSecurity.SESSION), @SecurityRequirement(name = ApiSecurity.CSRF)})
@Produces(MediaType.APPLICATION_JSON)
public class TicketApiResource {

    private final TicketQueries queries;
    private final TicketWrites writes;
    private final CallLog callLog;
    private final ServiceSetup setup;
    private final AgentMembers agentMembers;
    private final TicketViews views;
    private final TicketDefaults defaults;
    private final JsonForms json;

    /** CDI constructor. */
    public TicketApiResource(TicketQueries queries, TicketWrites writes, CallLog callLog, ServiceSetup setup,
            AgentMembers agentMembers, TicketViews views, TicketDefaults defaults, JsonForms json) {
        this.queries = queries;
        this.writes = writes;
        this.callLog = callLog;
        this.setup = setup;
        this.agentMembers = agentMembers;
        this.views = views;
        this.defaults = defaults;
        this.json = json;
    }

    /**
     * {@code GET /api/tickets/search?q=&companyId=}: by number when {@code q} is a number, else by
     * summary; answers from a 30-second cache.
     *
     * @param q         a ticket number, or at least 2 characters of a summary
     * @param companyId only this company's tickets; optional
     * @return up to 25 {@link TicketView}, newest first; 400 when {@code q} is missing or too short
     */
    @GET
    @Path("/search")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "Search tickets by number or summary", description = "By number when q is a number, else summary contains q; open and closed, newest first, up to 25; answered from a 30-second cache.")
    @APIResponse(responseCode = "200", description = "Up to 25 tickets, newest first (possibly none)",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "found", value = "[{\"id\":123,\"summary\":\"Printer offline\",\"url\":\"https://app.nilear.com/mtx/123\",\"cw_url\":\"https://na.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=123\",\"status\":{\"id\":1,\"name\":\"New\"},\"board\":{\"id\":1,\"name\":\"Help Desk\"},\"priority\":{\"id\":3,\"name\":\"Priority 3 - Normal Response\",\"color\":\"Green\"},\"company\":{\"id\":1,\"name\":\"ACME Corporation\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\"},\"owner\":{\"identifier\":\"tlopez\",\"name\":\"Tina Lopez\"},\"resources\":\"tlopez\",\"closed\":false,\"entered_at\":\"2026-11-21T09:15:00Z\"}]"), @ExampleObject(name = "none", value = "[]")}))
    @APIResponse(responseCode = "400", description = "q missing or too short",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "tooShort", value = "{\"success\":false,\"message\":\"Type a ticket number or at least 2 characters of a summary\",\"errors\":{\"q\":\"must be a ticket number or at least 2 characters\"}}")))
    public Response search(@QueryParam("q") String q, @QueryParam("companyId") Integer companyId) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() < 2 && !text.matches("\\d")) {
            return Response.status(400).entity(WriteAnswer.invalid("Type a ticket number or at least 2 characters of a summary",
                    Map.of("q", "must be a ticket number or at least 2 characters"))).build();
        }
        return Response.ok(queries.search(text, companyId == null ? 0 : companyId)).build();
    }

    /**
     * {@code GET /api/tickets/open?companyId=} or {@code ?member=}: open tickets, newest first.
     *
     * @param companyId a company's tickets
     * @param member    a member's tickets (owner or resource)
     * @return up to 25 {@link TicketView}; 400 when neither is given
     */
    @GET
    @Path("/open")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "Open tickets of a company or a member", description = "Not closed, newest first, up to 25; ?companyId= or ?member= (owner or resource).")
    @APIResponse(responseCode = "200", description = "Up to 25 open tickets",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "found", value = "[{\"id\":123,\"summary\":\"Printer offline\",\"url\":\"https://app.nilear.com/mtx/123\",\"cw_url\":\"https://na.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=123\",\"status\":{\"id\":1,\"name\":\"New\"},\"board\":{\"id\":1,\"name\":\"Help Desk\"},\"priority\":{\"id\":3,\"name\":\"Priority 3 - Normal Response\",\"color\":\"Green\"},\"company\":{\"id\":1,\"name\":\"ACME Corporation\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\"},\"owner\":{\"identifier\":\"tlopez\",\"name\":\"Tina Lopez\"},\"resources\":\"tlopez\",\"closed\":false,\"entered_at\":\"2026-11-21T09:15:00Z\"}]"), @ExampleObject(name = "none", value = "[]")}))
    @APIResponse(responseCode = "400", description = "Neither companyId nor member",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "missing", value = "{\"success\":false,\"message\":\"Say whose open tickets: companyId or member\",\"errors\":{\"companyId\":\"companyId or member is required\"}}")))
    public Response open(@QueryParam("companyId") Integer companyId, @QueryParam("member") String member) {
        if (companyId != null) {
            return Response.ok(queries.openForCompany(companyId)).build();
        }
        if (member != null && !member.isBlank()) {
            return Response.ok(queries.openForMember(member.strip())).build();
        }
        return Response.status(400).entity(WriteAnswer.invalid("Say whose open tickets: companyId or member",
                Map.of("companyId", "companyId or member is required"))).build();
    }

    /**
     * {@code GET /api/tickets/{id}}.
     *
     * @param id ticket number
     * @return the {@link TicketView}, or 404 when ConnectWise has no such ticket
     */
    @GET
    @Path("/{id: \\d+}")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "One ticket")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "found", value = "{\"id\":123,\"summary\":\"Printer offline\",\"url\":\"https://app.nilear.com/mtx/123\",\"cw_url\":\"https://na.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=123\",\"status\":{\"id\":1,\"name\":\"New\"},\"board\":{\"id\":1,\"name\":\"Help Desk\"},\"priority\":{\"id\":3,\"name\":\"Priority 3 - Normal Response\",\"color\":\"Green\"},\"company\":{\"id\":1,\"name\":\"ACME Corporation\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\"},\"owner\":{\"identifier\":\"tlopez\",\"name\":\"Tina Lopez\"},\"resources\":\"tlopez\",\"closed\":false,\"entered_at\":\"2026-11-21T09:15:00Z\"}")))
    @APIResponse(responseCode = "404", description = "ConnectWise has no such ticket",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"success\":false,\"message\":\"ConnectWise has no ticket #99999\"}")))
    public Response get(@PathParam("id") int id) {
        try {
            return Response.ok(queries.get(id)).build();
        } catch (ConnectWiseRejectedException e) {
            if (e.status() != 404) {
                throw e;
            }
            return Response.status(404).entity(WriteAnswer.failure("ConnectWise has no ticket #" + id)).build();
        }
    }

    /**
     * {@code POST /api/tickets} (form {@code company_id}, {@code contact_id}, {@code summary},
     * {@code description}, {@code board}, {@code priority}): status and type are the board's defaults;
     * board and priority may be left out ({@link TicketDefaults}).
     *
     * @param form the validated form
     * @return {@code {"success":true,"ticket_id":123,"message":"Ticket #123 created","ticket":{…}}}
     */
    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Create a ticket", description = "A form or a JSON object (camelCase or snake_case keys). Status and type are the board's defaults. Without board: TICKET_DEFAULT_BOARD, else the only active service board, else 400 listing the boards. Without priority: TICKET_DEFAULT_PRIORITY, else ConnectWise's default.")
    @APIResponse(responseCode = "200", description = "Created",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "created", value = "{\"success\":true,\"message\":\"Ticket #123 created\",\"ticket_id\":123,\"status\":\"New\",\"ticket\":{\"id\":123,\"summary\":\"Printer offline\",\"url\":\"https://app.nilear.com/mtx/123\",\"cw_url\":\"https://na.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=123\",\"status\":{\"id\":1,\"name\":\"New\"},\"board\":{\"id\":1,\"name\":\"Help Desk\"},\"priority\":{\"id\":3,\"name\":\"Priority 3 - Normal Response\",\"color\":\"Green\"},\"company\":{\"id\":1,\"name\":\"ACME Corporation\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\"},\"owner\":{\"identifier\":\"tlopez\",\"name\":\"Tina Lopez\"},\"resources\":\"tlopez\",\"closed\":false,\"entered_at\":\"2026-11-21T09:15:00Z\"}}")))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: summary is required\",\"errors\":{\"summary\":\"is required\"}}"), @ExampleObject(name = "noBoard", value = "{\"success\":false,\"message\":\"is required: this ConnectWise has 2 active service boards. Use one of: Help Desk, Projects\",\"errors\":{\"board\":\"is required: this ConnectWise has 2 active service boards. Use one of: Help Desk, Projects\"}}")}))
    @APIResponse(responseCode = "502", description = "ConnectWise failed; nothing was changed",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "connectWiseFailed", value = "{\"success\":false,\"message\":\"ConnectWise is not answering properly (HTTP 500): Internal error. Nothing was changed; try again in a moment.\"}")))
    public TicketAnswer create(@Valid @BeanParam NewTicketForm form) {
        Board board = defaults.board(form.board);
        Priority priority = defaults.priority(form.priority);
        Ticket ticket = writes.create(form.companyId, form.contactId, form.summary, form.description, board, priority);
        return new TicketAnswer(true, "Ticket #" + ticket.id() + " created", ticket.id(), null, null,
                ticket.status() == null ? null : ticket.status().name(), views.of(ticket), null);
    }

    /**
     * {@code POST /api/tickets} with a JSON body, e.g. {@code {"companyId":1,"summary":"Printer offline"}}.
     *
     * @param body the fields of {@link NewTicketForm}, camelCase or snake_case
     * @return as {@link #create(NewTicketForm)}
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CsrfProtected
    public TicketAnswer createJson(@RequestBody(content = @Content(mediaType = "application/json", examples = {
        @ExampleObject(name = "camelCase", value = "{\"companyId\":1,\"contactId\":1,\"summary\":\"Printer offline\",\"board\":\"Help Desk\"}"),
        @ExampleObject(name = "snake_case", value = "{\"company_id\":1,\"summary\":\"Printer offline\",\"priority\":\"Priority 2 - Quick Response\"}")}))
            JsonNode body) {
        return create(json.read(body, NewTicketForm.class));
    }

    /**
     * {@code POST /api/tickets/{id}/notes} (form {@code text}, {@code internal}, {@code member_identifier}).
     *
     * @param id   ticket number
     * @param form the validated form
     * @return {@code {"success":true,"ticket_id":1,"note_id":7,"message":"Note added to ticket #1"}}
     */
    @POST
    @Path("/{id: \\d+}/notes")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Add a note to a ticket", description = "internal=true for an internal note, else a discussion note the customer can see. A form or a JSON object {\"text\",\"internal\",\"memberIdentifier\"}.")
    @APIResponse(responseCode = "200", description = "Added",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "added", value = "{\"success\":true,\"message\":\"Internal note added to ticket #1\",\"ticket_id\":1,\"note_id\":7}")))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: text is required\",\"errors\":{\"text\":\"is required\"}}"), @ExampleObject(name = "unknownMember", value = "{\"success\":false,\"message\":\"Unknown member kjones\",\"errors\":{\"member_identifier\":\"Unknown member kjones\"}}")}))
    @APIResponse(responseCode = "404", description = "ConnectWise has no such ticket",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"success\":false,\"message\":\"ConnectWise refused the change: Ticket not found\"}")))
    @APIResponse(responseCode = "502", description = "ConnectWise failed; nothing was changed",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "connectWiseFailed", value = "{\"success\":false,\"message\":\"ConnectWise is not answering properly (HTTP 500): Internal error. Nothing was changed; try again in a moment.\"}")))
    public TicketAnswer addNote(@PathParam("id") int id, @Valid @BeanParam TicketNoteForm form) {
        Member member = agentMembers.chargeTo(form.memberIdentifier, "member_identifier", false);
        Integer noteId = writes.addNote(id, form.text, form.internal, member).id();
        return new TicketAnswer(true, (form.internal ? "Internal note" : "Note") + " added to ticket #" + id, id, noteId,
                null, null, null, null);
    }

    /**
     * {@code POST /api/tickets/{id}/notes} with a JSON body {@code {"text","internal","memberIdentifier"}}.
     *
     * @param id   ticket number
     * @param body the fields of {@link TicketNoteForm}, camelCase or snake_case
     * @return as {@link #addNote(int, TicketNoteForm)}
     */
    @POST
    @Path("/{id: \\d+}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @CsrfProtected
    public TicketAnswer addNoteJson(@PathParam("id") int id, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "note", value = "{\"text\":\"Caller says it is urgent\",\"internal\":true,\"memberIdentifier\":\"tlopez\"}")))
            JsonNode body) {
        return addNote(id, json.read(body, TicketNoteForm.class));
    }

    /**
     * {@code POST /api/tickets/{id}/time} (form {@code member_identifier}, {@code minutes} or
     * {@code hours}, {@code notes}): time charged to the ticket, ending now.
     *
     * @param id   ticket number
     * @param form the validated form
     * @return {@code {"success":true,"ticket_id":1,"time_entry_id":9,"message":"0.25 h recorded on ticket #1 for Tina Lopez"}}
     */
    @POST
    @Path("/{id: \\d+}/time")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Record time on a ticket", description = "Time ending now, charged to the ticket and to the member; minutes or hours, not both. A form or a JSON object {\"memberIdentifier\",\"hours\"|\"minutes\",\"notes\"}.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "recorded", value = "{\"success\":true,\"message\":\"0.25 h recorded on ticket #1 for Tina Lopez\",\"ticket_id\":1,\"time_entry_id\":9}")))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "bothUnits", value = "{\"success\":false,\"message\":\"Give the time in minutes or in hours, not both\",\"errors\":{\"minutes\":\"Give the time in minutes or in hours, not both\"}}"), @ExampleObject(name = "missingMember", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: member_identifier is required\",\"errors\":{\"member_identifier\":\"is required\"}}")}))
    @APIResponse(responseCode = "404", description = "ConnectWise has no such ticket",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"success\":false,\"message\":\"ConnectWise refused the change: Ticket not found\"}")))
    @APIResponse(responseCode = "502", description = "ConnectWise failed; nothing was changed",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "connectWiseFailed", value = "{\"success\":false,\"message\":\"ConnectWise is not answering properly (HTTP 500): Internal error. Nothing was changed; try again in a moment.\"}")))
    public TicketAnswer addTime(@PathParam("id") int id, @Valid @BeanParam TimeEntryForm form) {
        BigDecimal hours = form.spentHours();
        if (hours == null) {
            throw new InvalidInputException("minutes", "Give the time spent in minutes or in hours");
        }
        Member member = agentMembers.chargeTo(form.memberIdentifier, "member_identifier", true);
        Integer entryId = writes.addTime(id, member, hours, form.notes).id();
        return new TicketAnswer(true, TimeSpent.describe(hours) + " recorded on ticket #" + id + " for " + member.fullName(),
                id, null, entryId, null, null, null);
    }

    /**
     * {@code POST /api/tickets/{id}/time} with a JSON body {@code {"memberIdentifier","hours"|"minutes","notes"}}.
     *
     * @param id   ticket number
     * @param body the fields of {@link TimeEntryForm}, camelCase or snake_case
     * @return as {@link #addTime(int, TimeEntryForm)}
     */
    @POST
    @Path("/{id: \\d+}/time")
    @Consumes(MediaType.APPLICATION_JSON)
    @CsrfProtected
    public TicketAnswer addTimeJson(@PathParam("id") int id, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "time", value = "{\"memberIdentifier\":\"tlopez\",\"hours\":0.25,\"notes\":\"Reset the VPN profile\"}")))
            JsonNode body) {
        return addTime(id, json.read(body, TimeEntryForm.class));
    }

    /**
     * {@code PATCH /api/tickets/{id}/status} (form {@code status}: id or name of a status of the ticket's board).
     *
     * @param id   ticket number
     * @param form the validated form
     * @return {@code {"success":true,"ticket_id":1,"status":"Waiting","message":"Ticket #1 is now Waiting"}}
     */
    @PATCH
    @Path("/{id: \\d+}/status")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Change a ticket's status", description = "status: id or name of a status of the ticket's board. A form or a JSON object {\"status\"} or {\"statusId\"}.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "changed", value = "{\"success\":true,\"message\":\"Ticket #1 is now Waiting\",\"ticket_id\":1,\"status\":\"Waiting\",\"ticket\":{\"id\":123,\"summary\":\"Printer offline\",\"url\":\"https://app.nilear.com/mtx/123\",\"cw_url\":\"https://na.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=123\",\"status\":{\"id\":1,\"name\":\"New\"},\"board\":{\"id\":1,\"name\":\"Help Desk\"},\"priority\":{\"id\":3,\"name\":\"Priority 3 - Normal Response\",\"color\":\"Green\"},\"company\":{\"id\":1,\"name\":\"ACME Corporation\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\"},\"owner\":{\"identifier\":\"tlopez\",\"name\":\"Tina Lopez\"},\"resources\":\"tlopez\",\"closed\":false,\"entered_at\":\"2026-11-21T09:15:00Z\"}}")))
    @APIResponse(responseCode = "400", description = "Not a status of the ticket's board; nothing was written",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "unknownStatus", value = "{\"success\":false,\"message\":\"Unknown status on board Help Desk 'Archived'. Use one of: New, In Progress, Waiting, Closed\",\"errors\":{\"status\":\"Unknown status on board Help Desk 'Archived'. Use one of: New, In Progress, Waiting, Closed\"}}")))
    @APIResponse(responseCode = "404", description = "ConnectWise has no such ticket",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"success\":false,\"message\":\"ConnectWise refused the change: Ticket not found\"}")))
    @APIResponse(responseCode = "502", description = "ConnectWise failed; nothing was changed",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "connectWiseFailed", value = "{\"success\":false,\"message\":\"ConnectWise is not answering properly (HTTP 500): Internal error. Nothing was changed; try again in a moment.\"}")))
    public TicketAnswer changeStatus(@PathParam("id") int id, @Valid @BeanParam TicketStatusForm form) {
        BoardStatus status = setup.status(queries.ticket(id), form.status);
        Ticket ticket = writes.changeStatus(id, status);
        return new TicketAnswer(true, "Ticket #" + id + " is now " + status.name(), id, null, null, status.name(),
                views.of(ticket), null);
    }

    /**
     * {@code PATCH /api/tickets/{id}/status} with a JSON body {@code {"status":"Waiting"}} or {@code {"statusId":3}}.
     *
     * @param id   ticket number
     * @param body the fields of {@link TicketStatusForm}
     * @return as {@link #changeStatus(int, TicketStatusForm)}
     */
    @PATCH
    @Path("/{id: \\d+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @CsrfProtected
    public TicketAnswer changeStatusJson(@PathParam("id") int id, @RequestBody(content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "byName", value = "{\"status\":\"Waiting\"}"),
                @ExampleObject(name = "byId", value = "{\"statusId\":3}")}))
            JsonNode body) {
        return changeStatus(id, json.read(body, TicketStatusForm.class));
    }

    /**
     * {@code POST /api/tickets/{id}/log-change} (form {@code note_text}, {@code internal},
     * {@code member_identifier}, {@code minutes} or {@code hours}, {@code status}): note, then time,
     * then status. 200 when every step happened; otherwise {@code success:false} with the failing
     * step's status (ConnectWise's 4xx, or 502/503/504) and every step's outcome in {@code steps}.
     *
     * @param id   ticket number
     * @param form the validated form
     * @return e.g. {@code {"success":false,"steps":{"note":{"ok":true,"id":7},"time":{"ok":false,"error":"…"},"status":{"ok":true}}}}
     */
    @POST
    @Path("/{id: \\d+}/log-change")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Log a call on a ticket: note, then time, then status", description = "Everything is checked first, so bad input writes nothing; then each step is written and reported in steps. The note failing stops the rest; a failed time entry still lets the status change. A form or the JSON seed 001's tools send.")
    @APIResponse(responseCode = "200", description = "Every step happened",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "logged", value = "{\"success\":true,\"message\":\"Call logged on ticket #1: note added; 0.25 h recorded for Tina Lopez.\",\"ticket_id\":1,\"note_id\":7,\"time_entry_id\":9,\"steps\":{\"note\":{\"ok\":true,\"id\":7},\"time\":{\"ok\":true,\"id\":9}}}")))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: note_text is required\",\"errors\":{\"note_text\":\"is required\"}}"), @ExampleObject(name = "memberForTime", value = "{\"success\":false,\"message\":\"is required to record time\",\"errors\":{\"member_identifier\":\"is required to record time\"}}")}))
    @APIResponse(responseCode = "404", description = "ConnectWise has no such ticket",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"success\":false,\"message\":\"ConnectWise refused the change: Ticket not found\"}")))
    @APIResponse(responseCode = "502", description = "A step failed; the others are reported",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "partlyLogged", value = "{\"success\":false,\"message\":\"Call only partly logged on ticket #1: note added; the time entry failed: ConnectWise failed (HTTP 500): Internal error; status set to Waiting.\",\"ticket_id\":1,\"note_id\":7,\"status\":\"Waiting\",\"steps\":{\"note\":{\"ok\":true,\"id\":7},\"time\":{\"ok\":false,\"error\":\"ConnectWise failed (HTTP 500): Internal error\"},\"status\":{\"ok\":true}}}")))
    public Response logChange(@PathParam("id") int id, @Valid @BeanParam LogChangeForm form) {
        CallLog.Outcome outcome = callLog.log(id, new CallLog.Entry(form.noteText, form.internal, form.memberIdentifier,
                form.spentHours(), form.status));
        return Response.status(outcome.httpStatus()).entity(outcome.answer()).build();
    }

    /**
     * {@code POST /api/tickets/{id}/log-change} with a JSON body
     * {@code {"noteText","memberIdentifier","hours"|"minutes","status"|"statusId","internal"}}.
     *
     * @param id   ticket number
     * @param body the fields of {@link LogChangeForm}, camelCase or snake_case
     * @return as {@link #logChange(int, LogChangeForm)}
     */
    @POST
    @Path("/{id: \\d+}/log-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @CsrfProtected
    public Response logChangeJson(@PathParam("id") int id, @RequestBody(content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "seed001", value = "{\"noteText\":\"Walked Jane through the printer reset\",\"memberIdentifier\":\"tlopez\",\"hours\":0.25}"),
                @ExampleObject(name = "snake_case", value = "{\"note_text\":\"Closed it\",\"member_identifier\":\"tlopez\",\"minutes\":5,\"status_id\":4,\"internal\":true}")}))
            JsonNode body) {
        return logChange(id, json.read(body, LogChangeForm.class));
    }
}
