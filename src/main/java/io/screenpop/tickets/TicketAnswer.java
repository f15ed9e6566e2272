package io.screenpop.tickets;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of the ticket writes, e.g. {@code {"success":true,"ticket_id":123,"message":"Ticket #123 created"}};
 * a call log adds the outcome of each step in {@code steps}. Validation failures use the API's
 * common shape ({@code errors} by field).
 *
 * @param success     whether everything asked for happened
 * @param message     what happened, in words an agent understands
 * @param ticketId    the ticket
 * @param noteId      the note created, or {@code null}
 * @param timeEntryId the time entry created, or {@code null}
 * @param status      the ticket's status name after the write, or {@code null}
 * @param ticket      the ticket after the write, or {@code null}
 * @param steps       the call log's steps (note, time, status) by name; only the steps asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketAnswer(boolean success, String message,
        @JsonProperty("ticket_id") Integer ticketId,
        @JsonProperty("note_id") Integer noteId,
        @JsonProperty("time_entry_id") Integer timeEntryId,
        String status,
        TicketView ticket,
        Map<String, StepResult> steps) {

    /** @return a successful single write */
    public static TicketAnswer done(String message, int ticketId) {
        return new TicketAnswer(true, message, ticketId, null, null, null, null, null);
    }
}
