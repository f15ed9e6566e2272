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

import io.screenpop.api.InvalidInputException;
import io.screenpop.api.WriteAnswer;
import io.screenpop.api.forms.LogChangeForm;
import io.screenpop.api.forms.NewTicketForm;
import io.screenpop.api.forms.TicketNoteForm;
import io.screenpop.api.forms.TicketStatusForm;
import io.screenpop.api.forms.TimeEntryForm;
import io.screenpop.connectwise.ConnectWiseRejectedException;
import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Member;
import io.screenpop.connectwise.model.Priority;
import io.screenpop.connectwise.model.Ticket;
import io.screenpop.members.Members;
import io.screenpop.security.CsrfProtected;

/**
 * The ticket API, used by the company and member pages (writes guarded by the CSRF token) and by
 * tools (API key): search, open tickets, one ticket, create, note, time, status, and the call log.
 * Bad input answers 400 naming the field and writes nothing; ConnectWise's refusals and failures
 * come back with ConnectWise's message.
 */
@Path("/api/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketApiResource {

    private final TicketQueries queries;
    private final TicketWrites writes;
    private final CallLog callLog;
    private final ServiceSetup setup;
    private final Members members;
    private final TicketViews views;

    /** CDI constructor. */
    public TicketApiResource(TicketQueries queries, TicketWrites writes, CallLog callLog, ServiceSetup setup,
            Members members, TicketViews views) {
        this.queries = queries;
        this.writes = writes;
        this.callLog = callLog;
        this.setup = setup;
        this.members = members;
        this.views = views;
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
     * {@code description}, {@code board}, {@code priority}): status and type are the board's defaults.
     *
     * @param form the validated form
     * @return {@code {"success":true,"ticket_id":123,"message":"Ticket #123 created","ticket":{…}}}
     */
    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    public TicketAnswer create(@Valid @BeanParam NewTicketForm form) {
        Board board = setup.board(form.board);
        Priority priority = form.priority == null || form.priority.isBlank() ? null : setup.priority(form.priority);
        Ticket ticket = writes.create(form.companyId, form.contactId, form.summary, form.description, board, priority);
        return new TicketAnswer(true, "Ticket #" + ticket.id() + " created", ticket.id(), null, null,
                ticket.status() == null ? null : ticket.status().name(), views.of(ticket), null);
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
    public TicketAnswer addNote(@PathParam("id") int id, @Valid @BeanParam TicketNoteForm form) {
        Member member = members.requireIfGiven(form.memberIdentifier, "member_identifier");
        Integer noteId = writes.addNote(id, form.text, form.internal, member).id();
        return new TicketAnswer(true, (form.internal ? "Internal note" : "Note") + " added to ticket #" + id, id, noteId,
                null, null, null, null);
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
    public TicketAnswer addTime(@PathParam("id") int id, @Valid @BeanParam TimeEntryForm form) {
        BigDecimal hours = form.spentHours();
        if (hours == null) {
            throw new InvalidInputException("minutes", "Give the time spent in minutes or in hours");
        }
        Member member = members.require(form.memberIdentifier, "member_identifier");
        Integer entryId = writes.addTime(id, member, hours, form.notes).id();
        return new TicketAnswer(true, TimeSpent.describe(hours) + " recorded on ticket #" + id + " for " + member.fullName(),
                id, null, entryId, null, null, null);
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
    public TicketAnswer changeStatus(@PathParam("id") int id, @Valid @BeanParam TicketStatusForm form) {
        BoardStatus status = setup.status(queries.ticket(id), form.status);
        Ticket ticket = writes.changeStatus(id, status);
        return new TicketAnswer(true, "Ticket #" + id + " is now " + status.name(), id, null, null, status.name(),
                views.of(ticket), null);
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
    public Response logChange(@PathParam("id") int id, @Valid @BeanParam LogChangeForm form) {
        CallLog.Outcome outcome = callLog.log(id, new CallLog.Entry(form.noteText, form.internal, form.memberIdentifier,
                form.spentHours(), form.status));
        return Response.status(outcome.httpStatus()).entity(outcome.answer()).build();
    }
}
