package io.screenpop.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One write through the service (table {@code audit_event}): who did what, to which records, and how it went. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    /** Row id, increasing with time. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** When the request arrived. */
    public Instant occurredAt;
    /** The signed-in user's e-mail, {@code API key <8 hex digits>} or the client address (never a key). */
    public String actor;
    /** {@code AGENT}, {@code API_KEY} or {@code ANONYMOUS}. */
    public String actorKind;
    /** Client address. */
    public String address;
    /** What was done, e.g. {@code ticket.note} ({@link AuditedRoutes}). */
    public String action;
    /** HTTP method. */
    public String httpMethod;
    /** Request path, e.g. {@code /api/tickets/123/notes}. */
    public String path;
    /** ConnectWise ids written to, e.g. {@code ticket_id=123 note_id=7}. */
    public String targets;
    /** {@code success}, {@code refused} (4xx) or {@code failed} (5xx, or a write only partly done). */
    public String outcome;
    /** The HTTP status answered. */
    public int httpStatus;
    /** Time to answer, in milliseconds. */
    public int durationMs;
    /** The answer's message when the write did not succeed, at most 500 characters. */
    public String detail;
}
