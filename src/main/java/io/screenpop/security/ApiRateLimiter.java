package io.screenpop.security;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-key rate limit of the machine endpoints ({@code API_RATE_LIMIT_PER_MINUTE}, default 1000):
 * one Bucket4j token bucket per configured key, refilled greedily over a minute, so a key may
 * burst up to the limit and then gets one request every {@code 60 s / limit}. A throttled key is
 * logged by its identity (never the key), at most once a minute.
 */
@ApplicationScoped
public class ApiRateLimiter {

    private static final Logger LOG = Logger.getLogger(ApiRateLimiter.class);

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Long> lastWarned = new ConcurrentHashMap<>();

    /** Reads the limit from {@code API_RATE_LIMIT_PER_MINUTE}. */
    public ApiRateLimiter(ApiKeyConfig config) {
        this.perMinute = config.rateLimitPerMinute();
    }

    /**
     * Takes one request from the key's allowance.
     *
     * @param keyId the identity of the key that matched ({@link ApiKeys#identify})
     * @return empty when the request may go ahead, otherwise the seconds to wait (at least 1)
     */
    public OptionalLong acquire(String keyId) {
        ConsumptionProbe probe = buckets.computeIfAbsent(keyId, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        long now = System.nanoTime();
        Long previous = lastWarned.get(keyId);
        if (previous == null || now - previous > TimeUnit.MINUTES.toNanos(1)) {
            lastWarned.put(keyId, now);
            LOG.warnf("API key %s is over its rate limit of %d requests a minute; answering 429", keyId, perMinute);
        }
        return OptionalLong.of(seconds);
    }

    /** @return requests a minute each key may make */
    public int perMinute() {
        return perMinute;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
