package io.screenpop.callbacks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.ConnectWiseException;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.index.IndexChange;
import io.screenpop.sync.SyncService;

/**
 * Applies verified callbacks to the index off the request thread. One worker takes callbacks in arrival order
 * (so changes to one record are applied in order), drops a {@code MessageId} seen in the last hour, turns each into an
 * {@link IndexChange} (the payload's Entity, or the record re-read from ConnectWise when the Entity is missing or
 * unreadable) and hands a whole batch to the index's entry point, which patches the in-memory view once per batch and
 * skips changes older than what it holds. A re-read that fails is tried again after 1, 2, 4, 8 and 16 s; after that
 * the next incremental sync picks the record up.
 * <p>
 * Metrics: {@code screenpop_callbacks_applied_total}, {@code screenpop_callbacks_ignored_total{reason}}
 * (duplicate, stale, type), {@code screenpop_callbacks_failed_total}, and {@code screenpop_callbacks_lag_seconds}, the
 * time from the record's {@code _info/lastUpdated} to applied.
 */
@ApplicationScoped
public class CallbackQueue {

    private static final Logger LOG = Logger.getLogger(CallbackQueue.class);
    /** Callbacks waiting at most; past that the receiver answers 429 and ConnectWise delivers again. */
    static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    private static final int ATTEMPTS = 5;

    private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Cache<String, Boolean> seen = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "screenpop-callback-retry"));
    private final SyncService index;
    private final ConnectWise connectWise;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Timer lag;
    private volatile Thread worker;

    /** CDI constructor. */
    public CallbackQueue(SyncService index, ConnectWise connectWise, ObjectMapper mapper,
            MeterRegistry registry) {
        this.index = index;
        this.connectWise = connectWise;
        this.mapper = mapper;
        this.registry = registry;
        this.lag = Timer.builder("screenpop.callbacks.lag").description("From a record's _info/lastUpdated to applied")
                .publishPercentileHistogram().register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        worker = daemon(this::run, "screenpop-callbacks");
        worker.start();
    }

    /**
     * Queues a verified callback.
     *
     * @param payload the callback
     * @return false when the queue is full (the caller answers 429 so ConnectWise delivers it again)
     */
    public boolean offer(CallbackPayload payload) {
        if (payload.messageId() != null && seen.asMap().putIfAbsent(payload.messageId(), Boolean.TRUE) != null) {
            ignored("duplicate");
            return true;
        }
        boolean queued = queue.offer(new Work(payload, 1));
        if (!queued && payload.messageId() != null) {
            seen.invalidate(payload.messageId());
        }
        return queued;
    }

    /** @return callbacks waiting to be applied */
    public int pending() {
        return queue.size();
    }

    private void run() {
        List<Work> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                applyBatch(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "%d callbacks could not be applied; the next incremental sync catches up", batch.size());
            } finally {
                batch.clear();
            }
        }
    }

    private void applyBatch(List<Work> batch) {
        List<IndexChange> changes = new ArrayList<>(batch.size());
        for (Work work : batch) {
            IndexChange change = toChange(work);
            if (change != null) {
                changes.add(change);
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LOG.debugf("Applying %d callbacks", changes.size());
        index.apply(changes).ifPresentOrElse(applied -> {
            Instant now = Instant.now();
            for (int i = 0; i < applied.size(); i++) {
                if (!applied.get(i)) {
                    ignored("stale");
                    continue;
                }
                registry.counter("screenpop.callbacks.applied").increment();
                Instant updated = changes.get(i).lastUpdated();
                if (updated != null && !updated.isAfter(now)) {
                    lag.record(Duration.between(updated, now));
                }
            }
        }, () -> registry.counter("screenpop.callbacks.failed").increment(changes.size()));
        LOG.debugf("Applied %d callbacks in %d ms", changes.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** @return the change, or {@code null} when there is nothing to apply now (ignored, or a re-read retried later) */
    private IndexChange toChange(Work work) {
        CallbackPayload p = work.payload();
        boolean contact = "contact".equalsIgnoreCase(p.type());
        if (p.id() == null || !(contact || "company".equalsIgnoreCase(p.type()))) {
            ignored("type");
            return null;
        }
        if ("deleted".equalsIgnoreCase(p.action())) {
            return contact ? new IndexChange.ContactDeleted(p.id()) : new IndexChange.CompanyDeleted(p.id());
        }
        IndexChange fromEntity = fromEntity(p, contact);
        if (fromEntity != null) {
            return fromEntity;
        }
        try {
            return contact ? new IndexChange.ContactChanged(connectWise.contact(p.id()))
                    : new IndexChange.CompanyChanged(connectWise.company(p.id()));
        } catch (ConnectWiseException e) {
            if (e.status() == 404) {
                return contact ? new IndexChange.ContactDeleted(p.id()) : new IndexChange.CompanyDeleted(p.id());
            }
            retryLater(work, e);
        } catch (RuntimeException e) {
            retryLater(work, e);
        }
        return null;
    }

    private IndexChange fromEntity(CallbackPayload p, boolean contact) {
        if (p.entity() == null || p.entity().isBlank()) {
            return null;
        }
        try {
            if (contact) {
                Contact c = mapper.readValue(p.entity(), Contact.class);
                return c.id() == null || !c.id().equals(p.id()) ? null : new IndexChange.ContactChanged(c);
            }
            Company c = mapper.readValue(p.entity(), Company.class);
            return c.id() == null || !c.id().equals(p.id()) ? null : new IndexChange.CompanyChanged(c);
        } catch (java.io.IOException e) {
            LOG.debugf("Callback %s: unreadable Entity (%s); re-reading %s %d", p.messageId(),
                    e.getClass().getSimpleName(), p.type(), p.id());
            return null;
        }
    }

    private void retryLater(Work work, RuntimeException cause) {
        CallbackPayload p = work.payload();
        if (work.attempt() >= ATTEMPTS) {
            registry.counter("screenpop.callbacks.failed").increment();
            LOG.warnf("Callback for %s %d: ConnectWise could not be read after %d attempts (%s); the next incremental"
                    + " sync picks the change up", p.type(), p.id(), ATTEMPTS, cause.getMessage());
            return;
        }
        long delay = 1L << (work.attempt() - 1);
        LOG.infof("Callback for %s %d: re-read failed (%s); trying again in %d s", p.type(), p.id(),
                cause.getMessage(), delay);
        retries.schedule(() -> {
            if (!queue.offer(new Work(p, work.attempt() + 1))) {
                registry.counter("screenpop.callbacks.failed").increment();
            }
        }, delay, TimeUnit.SECONDS);
    }

    private void ignored(String reason) {
        registry.counter("screenpop.callbacks.ignored", "reason", reason).increment();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
        if (worker != null) {
            worker.interrupt();
        }
    }

    private record Work(CallbackPayload payload, int attempt) {
    }
}
