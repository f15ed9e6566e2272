package io.screenpop.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One {@code Idempotency-Key} and what became of its request (table {@code idempotency_key}). */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntityBase {

    /** Where the request with this key stands. */
    public enum State {
        /** Being processed now: a second request with the key gets 409. */
        IN_FLIGHT,
        /** Answered; the answer is stored and replayed. */
        COMPLETED,
        /** Answered 5xx: the change may or may not have been made; a retry runs again, looking before writing. */
        UNKNOWN
    }

    /** The key as the client sent it. */
    @Id
    @Column(name = "idem_key")
    public String key;
    /** SHA-256 (hex) of method, path, content type and body. */
    public String fingerprint;
    /** Where it stands. */
    @Enumerated(EnumType.STRING)
    public State state;
    /** The stored answer's status, or {@code null} while in flight. */
    public Integer status;
    /** The stored answer's content type. */
    public String contentType;
    /** The stored answer's body. */
    public String body;
    /** When the key was first seen; it is forgotten 24 hours later. */
    public Instant createdAt;
    /** Last change. */
    public Instant updatedAt;
}
