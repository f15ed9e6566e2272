package io.screenpop.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One audit event as {@code GET /api/audit} answers it.
 *
 * @param id         row id (pass as {@code before} for the next page)
 * @param occurredAt when the request arrived (ISO-8601, UTC)
 * @param actor      the signed-in user's e-mail, {@code API key <8 hex digits>} or the client address
 * @param actorKind  {@code AGENT}, {@code API_KEY} or {@code ANONYMOUS}
 * @param address    client address
 * @param action     e.g. {@code ticket.note}
 * @param method     HTTP method
 * @param path       request path
 * @param targets    ConnectWise ids, e.g. {@code ticket_id=123 note_id=7}
 * @param outcome    {@code success}, {@code refused} or {@code failed}
 * @param status     HTTP status answered
 * @param durationMs time to answer in milliseconds
 * @param detail     the answer's message when the write did not succeed
 */
public record AuditEventView(long id, @JsonProperty("occurred_at") Instant occurredAt, String actor,
        @JsonProperty("actor_kind") String actorKind, String address, String action, String method, String path,
        String targets, String outcome, int status, @JsonProperty("duration_ms") int durationMs, String detail) {

    /** @return the view of a row */
    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.actorKind, e.address, e.action, e.httpMethod, e.path,
                e.targets, e.outcome, e.httpStatus, e.durationMs, e.detail);
    }
}
