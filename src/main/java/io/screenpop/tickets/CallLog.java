package io.screenpop.tickets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.ConnectWiseFailure;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Member;
import io.screenpop.connectwise.model.Ticket;
import io.screenpop.signin.AgentMembers;

/**
 * Logs a call on a ticket ({@code POST /api/tickets/{id}/log-change}): a note, then a time entry,
 * then a status change. Everything is checked before the first write (the ticket exists, the member
 * is active and the caller may charge it ({@link AgentMembers#chargeTo}: a signed-in agent's own member,
 * without asking), the status belongs to the ticket's board), so bad input writes nothing. Then each step
 * is written and its outcome kept: when the note fails nothing else is attempted (the agent can
 * simply retry); when the time entry fails the status change is still attempted. The answer names
 * every step asked for, and a partial failure answers with the failing step's status.
 */
@ApplicationScoped
public class CallLog {

    private static final Logger LOG = Logger.getLogger(CallLog.class);

    private final ConnectWise connectWise;
    private final TicketWrites writes;
    private final ServiceSetup setup;
    private final AgentMembers agentMembers;

    /** CDI constructor. */
    public CallLog(ConnectWise connectWise, TicketWrites writes, ServiceSetup setup, AgentMembers agentMembers) {
        this.connectWise = connectWise;
        this.writes = writes;
        this.setup = setup;
        this.agentMembers = agentMembers;
    }

    /**
     * What to log.
     *
     * @param noteText         the note
     * @param internal         internal note, else discussion (detail)
     * @param memberIdentifier the member named by the caller (required with {@code hours} unless the signed-in
     *                         agent has a member), or {@code null}
     * @param hours            time spent, or {@code null}
     * @param status           new status id or name, or {@code null}
     */
    public record Entry(String noteText, boolean internal, String memberIdentifier, BigDecimal hours, String status) {
    }

    /**
     * @param httpStatus 200 when every step happened, else the first failed step's status
     * @param answer     the answer with its steps
     */
    public record Outcome(int httpStatus, TicketAnswer answer) {
    }

    /**
     * @param ticketId ticket number
     * @param entry    what to log
     * @return the outcome of each step
     * @throws InvalidInputException 400 before any write when the member or status is wrong
     */
    public Outcome log(int ticketId, Entry entry) {
        Member member = agentMembers.chargeTo(entry.memberIdentifier(), "member_identifier", entry.hours() != null);
        Ticket ticket = connectWise.ticket(ticketId);
        BoardStatus status = entry.status() == null || entry.status().isBlank() ? null
                : setup.status(ticket, entry.status());

        Steps steps = new Steps();
        Integer noteId = steps.run("note", "note added", "the note",
                () -> writes.addNote(ticketId, entry.noteText(), entry.internal(), member).id());
        boolean noteOk = noteId != null;
        Integer timeId = null;
        if (entry.hours() != null) {
            String done = TimeSpent.describe(entry.hours()) + " recorded for " + member.fullName();
            timeId = noteOk ? steps.run("time", done, "the time entry",
                    () -> writes.addTime(ticketId, member, entry.hours(), entry.noteText()).id())
                    : steps.skip("time", "time not recorded");
        }
        String statusName = null;
        if (status != null) {
            Integer changed = noteOk ? steps.run("status", "status set to " + status.name(), "the status change",
                    () -> {
                        writes.changeStatus(ticketId, status);
                        return null;
                    }) : steps.skip("status", "status not changed");
            statusName = changed == null ? null : status.name();
        }
        String message = (steps.failure == null ? "Call logged on ticket #" : "Call only partly logged on ticket #")
                + ticketId + ": " + String.join("; ", steps.phrases) + ".";
        if (steps.failure != null) {
            LOG.warnf("Call log on ticket %d partly failed: %s", ticketId, message);
        }
        return new Outcome(steps.failure == null ? 200 : steps.failure.status(),
                new TicketAnswer(steps.failure == null, message, ticketId, noteId, timeId,
                        statusName, null, steps.results));
    }

    /** The steps run so far, their phrases for the message and the first failure. */
    private static final class Steps {
        final Map<String, StepResult> results = new LinkedHashMap<>();
        final List<String> phrases = new ArrayList<>();
        ConnectWiseFailure failure;

        Integer run(String name, String done, String what, Supplier<Integer> write) {
            try {
                Integer id = write.get();
                results.put(name, StepResult.done(id));
                phrases.add(done);
                return id == null ? 0 : id;
            } catch (RuntimeException e) {
                ConnectWiseFailure failed = ConnectWiseFailure.of(e);
                failure = failure == null ? failed : failure;
                results.put(name, StepResult.failed(failed.message()));
                phrases.add(what + " failed: " + failed.message());
                return null;
            }
        }

        Integer skip(String name, String phrase) {
            results.put(name, StepResult.skipped("Not attempted: the note failed"));
            phrases.add(phrase + " (the note failed)");
            return null;
        }
    }
}
