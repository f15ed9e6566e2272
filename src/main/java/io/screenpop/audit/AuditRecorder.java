package io.screenpop.audit;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.screenpop.batch.BatchQueue;

/**
 * Writes audit events without making a write wait: {@link #record} only puts the event in a bounded
 * queue ({@code AUDIT_QUEUE_SIZE}) and returns; one background thread inserts what is queued, in
 * batches of up to 200 rows per transaction. A full queue or a failing database drops events (counted in
 * {@code screenpop.audit.dropped}, logged at most once a minute) and never fails the write being
 * audited. Events still queued at shutdown are written before the database closes.
 */
@ApplicationScoped
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    private static final int BATCH = 200;

    private final BatchQueue<AuditEvent> queue;
    private final Counter dropped;
    private final Counter written;
    private final AtomicLong lastWarned = new AtomicLong();

    /** CDI constructor. */
    public AuditRecorder(AuditConfig config, MeterRegistry registry) {
        this.queue = new BatchQueue<>("audit-writer", config.queueSize(), BATCH, this::write);
        this.dropped = Counter.builder("screenpop.audit.dropped").description("Audit events not recorded")
                .register(registry);
        this.written = Counter.builder("screenpop.audit.written").description("Audit events recorded")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        queue.start();
    }

    void stop(@Observes ShutdownEvent event) {
        queue.stop();
    }

    /**
     * Queues an event; never blocks and never throws.
     *
     * @param event the event
     * @return whether it was queued
     */
    public boolean record(AuditEvent event) {
        if (queue.offer(event)) {
            return true;
        }
        drop(1, "the audit queue is full");
        return false;
    }

    private void write(List<AuditEvent> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(e -> e.persist()));
            written.increment(batch.size());
        } catch (RuntimeException e) {
            drop(batch.size(), "the database refused them (" + e.getMessage() + ")");
        }
    }

    private void drop(int count, String why) {
        dropped.increment(count);
        long now = System.nanoTime();
        long previous = lastWarned.get();
        if ((previous == 0 || now - previous > TimeUnit.MINUTES.toNanos(1)) && lastWarned.compareAndSet(previous, now)) {
            LOG.warnf("%d audit event(s) not recorded: %s", count, why);
        }
    }
}
