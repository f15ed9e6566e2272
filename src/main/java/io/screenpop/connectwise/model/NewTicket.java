package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /service/tickets}. Without a status or type, ConnectWise gives the ticket
 * its board's defaults; without a priority, the default priority.
 *
 * @param summary            one-line summary (≤ 100)
 * @param board              the board by id
 * @param company            the company by id
 * @param contact            the contact by id, or {@code null}
 * @param priority           the priority by id, or {@code null}
 * @param initialDescription the first detail note (POST only; ConnectWise never returns it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewTicket(String summary, Reference board, Reference company, Reference contact, Reference priority,
        String initialDescription) {
}
