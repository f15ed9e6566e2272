package io.screenpop.callbacks;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.screenpop.sync.ChangeFeed;

/**
 * The callbacks' state: whether they are on (and why not), when one last arrived, and when the registrations were
 * last confirmed at ConnectWise. Healthy means a callback arrived, or the registrations were confirmed, in the last
 * hour; while healthy, scheduled incremental syncs may run less often. The counts since start are read from the
 * callbacks' metrics ({@code screenpop.callbacks.received}, {@code .applied}, {@code .rejected} by reason, and
 * {@code .ignored} with reason {@code stale}).
 */
@ApplicationScoped
public class CallbackStatus implements ChangeFeed {

    private static final Duration FRESH = Duration.ofHours(1);

    private volatile String off = "not started";
    private volatile String url;
    private volatile Instant lastReceived;
    private volatile Instant lastConfirmed;
    private volatile String lastError;
    private final MeterRegistry registry;

    /** CDI constructor. */
    CallbackStatus(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param url where ConnectWise delivers callbacks now */
    void on(String url) {
        this.off = null;
        this.url = url;
    }

    /** @param why why callbacks are off, for people */
    void off(String why) {
        this.off = why;
    }

    /** A verified callback arrived. */
    void received() {
        lastReceived = Instant.now();
    }

    /** The registrations were reconciled at ConnectWise. */
    void confirmed() {
        lastConfirmed = Instant.now();
        lastError = null;
    }

    /** @param error why the last reconciliation failed */
    void failed(String error) {
        lastError = error;
    }

    @Override
    public boolean healthy() {
        Instant since = Instant.now().minus(FRESH);
        return off == null && ((lastReceived != null && lastReceived.isAfter(since))
                || (lastConfirmed != null && lastConfirmed.isAfter(since)));
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("enabled", off == null);
        status.put("offReason", off);
        status.put("url", url);
        status.put("healthy", healthy());
        status.put("lastReceivedAt", lastReceived);
        status.put("registrationConfirmedAt", lastConfirmed);
        status.put("registrationError", lastError);
        status.put("received", count("screenpop.callbacks.received", null));
        status.put("applied", count("screenpop.callbacks.applied", null));
        status.put("rejected", count("screenpop.callbacks.rejected", null));
        status.put("stale", count("screenpop.callbacks.ignored", "stale"));
        return status;
    }

    /** @return the sum of the counters of that name (with that {@code reason} tag, when given) */
    private long count(String name, String reason) {
        var search = reason == null ? registry.find(name) : registry.find(name).tag("reason", reason);
        return Math.round(search.counters().stream().mapToDouble(Counter::count).sum());
    }
}
