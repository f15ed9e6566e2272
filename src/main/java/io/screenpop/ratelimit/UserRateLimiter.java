package io.screenpop.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-user rate limit of the requests that reach ConnectWise ({@code USER_RATE_LIMIT_PER_MINUTE},
 * default 120): one Bucket4j token bucket per caller (signed-in user, API key, or client address),
 * refilled greedily over a minute. Buckets live in a Caffeine cache of at most 10,000 callers, dropped
 * after 5 idle minutes (a bucket idle for a minute is full again, so nothing is forgotten early). A
 * throttled caller is logged at most once a minute.
 */
@ApplicationScoped
public class UserRateLimiter {

    private static final Logger LOG = Logger.getLogger(UserRateLimiter.class);
    /** Callers whose buckets are kept. */
    static final int MAX_CALLERS = 10_000;

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_CALLERS)
            .expireAfterAccess(Duration.ofMinutes(5)).build();
    private final Cache<String, Boolean> warned = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    /**
     * Reads the limit.
     *
     * @throws IllegalStateException when {@code USER_RATE_LIMIT_PER_MINUTE} is not positive
     */
    public UserRateLimiter(UserRateLimitConfig config) {
        if (config.perMinute() < 1) {
            throw new IllegalStateException("USER_RATE_LIMIT_PER_MINUTE must be a positive number of requests a minute, got "
                    + config.perMinute());
        }
        this.perMinute = config.perMinute();
    }

    /**
     * Takes one request from the caller's allowance.
     *
     * @param caller the caller's bucket key, e.g. {@code agent:jane@example.com}
     * @return empty when the request may go ahead, otherwise the seconds to wait (at least 1)
     */
    public OptionalLong acquire(String caller) {
        ConsumptionProbe probe = buckets.get(caller, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        if (warned.asMap().putIfAbsent(caller, Boolean.TRUE) == null) {
            LOG.warnf("%s is over the limit of %d ConnectWise requests a minute; answering 429", caller, perMinute);
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L)));
    }

    /** @return requests a minute each caller may make */
    public int perMinute() {
        return perMinute;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
