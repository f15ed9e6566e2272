package io.screenpop.tickets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.cache.CacheInvalidateAll;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Member;
import io.screenpop.connectwise.model.NewTicket;
import io.screenpop.connectwise.model.PatchOperation;
import io.screenpop.connectwise.model.Priority;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.connectwise.model.Ticket;
import io.screenpop.connectwise.model.TicketNote;
import io.screenpop.connectwise.model.TimeEntry;

/**
 * The ticket writes, each one ConnectWise call: create a ticket, add a note, record time, change
 * the status. Inputs are resolved and validated by the caller, so a write is only sent when it can
 * succeed. Creating a ticket or changing a status clears the ticket search cache.
 */
@ApplicationScoped
public class TicketWrites {

    private static final Logger LOG = Logger.getLogger(TicketWrites.class);

    private final ConnectWise connectWise;

    /** CDI constructor. */
    public TicketWrites(ConnectWise connectWise) {
        this.connectWise = connectWise;
    }

    /**
     * {@code POST /service/tickets}; status and type are left to the board's defaults.
     *
     * @param companyId   company id
     * @param contactId   contact id, or {@code null}
     * @param summary     summary
     * @param description first discussion note, or {@code null}
     * @param board       the board
     * @param priority    the priority, or {@code null} for ConnectWise's default
     * @return the ticket as created
     */
    @CacheInvalidateAll(cacheName = "tickets-search")
    public Ticket create(int companyId, Integer contactId, String summary, String description, Board board,
            Priority priority) {
        Ticket ticket = connectWise.createTicket(new NewTicket(summary.strip(), Reference.ofId(board.id()),
                Reference.ofId(companyId), contactId == null ? null : Reference.ofId(contactId),
                priority == null ? null : Reference.ofId(priority.id()),
                description == null || description.isBlank() ? null : description.strip()));
        LOG.infof("Ticket %d created for company %d on board %s", ticket.id(), companyId, board.name());
        return ticket;
    }

    /**
     * {@code POST /service/tickets/{id}/notes}.
     *
     * @param ticketId ticket number
     * @param text     the note
     * @param internal internal note, else discussion (detail)
     * @param member   the member writing it, or {@code null}
     * @return the note as created
     */
    public TicketNote addNote(int ticketId, String text, boolean internal, Member member) {
        return connectWise.addTicketNote(ticketId, new TicketNote(null, ticketId, text.strip(), !internal, internal,
                member == null ? null : memberRef(member)));
    }

    /**
     * {@code POST /time/entries}: time charged to the ticket, ending now. The notes are not copied into
     * the ticket's discussion (the call's note is written separately).
     *
     * @param ticketId ticket number
     * @param member   whose time it is
     * @param hours    hours spent (two decimals)
     * @param notes    what was done, or {@code null}
     * @return the entry as created
     */
    public TimeEntry addTime(int ticketId, Member member, BigDecimal hours, String notes) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = end.minusSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
        return connectWise.createTimeEntry(new TimeEntry(null, ticketId, "ServiceTicket", memberRef(member),
                start.toString(), end.toString(), hours, notes == null || notes.isBlank() ? null : notes.strip(),
                false, false));
    }

    /**
     * {@code PATCH /service/tickets/{id}} replacing {@code status}.
     *
     * @param ticketId ticket number
     * @param status   a status of the ticket's board
     * @return the ticket after the change
     */
    @CacheInvalidateAll(cacheName = "tickets-search")
    public Ticket changeStatus(int ticketId, BoardStatus status) {
        return connectWise.patchTicket(ticketId, List.of(PatchOperation.replace("status", Reference.ofId(status.id()))));
    }

    private static Reference memberRef(Member member) {
        return new Reference(null, member.identifier(), null);
    }
}
