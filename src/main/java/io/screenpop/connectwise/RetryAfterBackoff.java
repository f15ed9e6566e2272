package io.screenpop.connectwise;

import java.util.concurrent.ThreadLocalRandom;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * Back-off between retries of ConnectWise calls: the {@code Retry-After} delay when ConnectWise
 * sent one (capped at {@link #MAX_DELAY_MS}), otherwise exponential from the configured delay,
 * each with up to 25% random jitter so throttled clients do not retry in step.
 */
public class RetryAfterBackoff implements CustomBackoffStrategy {

    /** Longest single wait, in milliseconds. */
    public static final long MAX_DELAY_MS = 30_000;

    private long initialDelayMs;
    private int attempt;

    @Override
    public void init(long initialDelayInMillis) {
        this.initialDelayMs = Math.max(1, initialDelayInMillis);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long base;
        if (cause instanceof ConnectWiseException cw && cw.retryAfter().isPresent()) {
            base = cw.retryAfter().get().toMillis();
        } else {
            base = initialDelayMs << Math.min(attempt, 10);
        }
        attempt++;
        long capped = Math.min(base, MAX_DELAY_MS);
        return capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1);
    }
}
