package io.screenpop.idempotency;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps {@code Idempotency-Key}s in the database for {@link #RETENTION} (the draft leaves the
 * expiry to the server; 24 hours covers an agent's retries and a tool's next-day re-run). Claiming a
 * key is atomic: the primary key decides which of two concurrent requests owns it.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** How long a key is remembered. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** A request in flight longer than this is taken to have died with its process. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    /** What to do with a request carrying a key. */
    public sealed interface Claim {
        /** First use (or a retry after an unknown outcome when {@code afterUnknown}): process it. */
        record Process(boolean afterUnknown) implements Claim {
        }

        /** Already answered: replay this answer. */
        record Replay(int status, String contentType, String body) implements Claim {
        }

        /** The key was used for a different request: 422. */
        record Mismatch() implements Claim {
        }

        /** A request with the key is being processed: 409. */
        record InFlight() implements Claim {
        }
    }

    /**
     * @param key         the {@code Idempotency-Key}
     * @param fingerprint the request's fingerprint
     * @return what to do with the request
     */
    public Claim claim(String key, String fingerprint) {
        Instant now = Instant.now();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                IdempotencyRecord existing = IdempotencyRecord.findById(key);
                if (existing != null && existing.createdAt.isBefore(now.minus(RETENTION))) {
                    existing.delete();
                    IdempotencyRecord.flush();
                    existing = null;
                }
                if (existing == null) {
                    IdempotencyRecord row = new IdempotencyRecord();
                    row.key = key;
                    row.fingerprint = fingerprint;
                    row.state = IdempotencyRecord.State.IN_FLIGHT;
                    row.createdAt = now;
                    row.updatedAt = now;
                    row.persistAndFlush();
                    return new Claim.Process(false);
                }
                if (!existing.fingerprint.equals(fingerprint)) {
                    return new Claim.Mismatch();
                }
                return switch (existing.state) {
                    case COMPLETED -> new Claim.Replay(existing.status, existing.contentType, existing.body);
                    case UNKNOWN -> takeOver(key, IdempotencyRecord.State.UNKNOWN, existing.updatedAt, now, true);
                    case IN_FLIGHT -> existing.updatedAt.isBefore(now.minus(LEASE))
                            ? takeOver(key, IdempotencyRecord.State.IN_FLIGHT, existing.updatedAt, now, true)
                            : new Claim.InFlight();
                };
            });
        } catch (RuntimeException concurrentInsert) {
            // another request inserted the same key between our read and our insert
            LOG.debugf("Idempotency-Key claimed concurrently: %s", concurrentInsert.getMessage());
            return new Claim.InFlight();
        }
    }

    /** Moves a row back to IN_FLIGHT only if nobody else did first. */
    private static Claim takeOver(String key, IdempotencyRecord.State from, Instant seen, Instant now, boolean afterUnknown) {
        int taken = IdempotencyRecord.update("state = ?1, updatedAt = ?2 where key = ?3 and state = ?4 and updatedAt = ?5",
                IdempotencyRecord.State.IN_FLIGHT, now, key, from, seen);
        return taken == 1 ? new Claim.Process(afterUnknown) : new Claim.InFlight();
    }

    /**
     * Stores the answer of a processed request. A 5xx answer is kept as {@code UNKNOWN}: the change may
     * or may not have been made, so a retry with the key runs again (looking for the record first).
     *
     * @param key         the key
     * @param status      the answer's status
     * @param contentType its content type
     * @param body        its body
     */
    public void complete(String key, int status, String contentType, String body) {
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord row = IdempotencyRecord.findById(key);
            if (row == null) {
                return;
            }
            row.state = status >= 500 ? IdempotencyRecord.State.UNKNOWN : IdempotencyRecord.State.COMPLETED;
            row.status = status;
            row.contentType = contentType;
            row.body = body;
            row.updatedAt = Instant.now();
        });
    }

    /** Forgets a key whose request could not be answered normally, so it can be used again. */
    public void release(String key) {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.deleteById(key));
    }

    /** Every hour: forgets keys older than {@link #RETENTION}. */
    @Scheduled(every = "1h", delayed = "10m", identity = "idempotency-key-purge")
    void purge() {
        long purged = purgeNow();
        if (purged > 0) {
            LOG.infof("Forgot %d Idempotency-Keys older than 24 hours", purged);
        }
    }

    /** @return the number of keys purged now (for tests and operators) */
    public long purgeNow() {
        return QuarkusTransaction.requiringNew()
                .call(() -> IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(RETENTION)));
    }
}
