package io.screenpop.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ticket as the pages and tools see it, e.g.
 * {@code {"id":1,"summary":"Printer offline","url":"https://app.nilear.com/mtx/1","status":{"id":2,"name":"In Progress"},
 * "priority":{"id":3,"name":"Priority 3","color":"Green"},…}}.
 *
 * @param id        ticket number
 * @param summary   summary
 * @param url       the ticket in Nilear ({@code NILEAR_TICKET_URL})
 * @param cwUrl     the ticket in ConnectWise, or {@code null} when the UI address is unknown
 * @param status    status {id, name}
 * @param board     board {id, name}
 * @param priority  priority {id, name, color}
 * @param company   company {id, name}
 * @param contact   contact {id, name}, or {@code null}
 * @param owner     owner {identifier, name}, or {@code null}
 * @param resources identifiers of the members assigned, comma-separated
 * @param closed    whether the status is a closed status
 * @param enteredAt when the ticket was entered (ISO-8601 UTC)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketView(int id, String summary, String url, @JsonProperty("cw_url") String cwUrl, Named status,
        Named board, PriorityBadge priority, Named company, Named contact, Owner owner, String resources,
        boolean closed, @JsonProperty("entered_at") String enteredAt) {

    /** @param id record id @param name display name */
    public record Named(Integer id, String name) {
    }

    /** @param id priority id @param name priority name @param color ConnectWise colour name (Red, Green …), or {@code null} */
    public record PriorityBadge(Integer id, String name, String color) {
    }

    /** @param identifier member identifier @param name member name */
    public record Owner(String identifier, String name) {
    }
}
