package io.screenpop.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The per-user limit of requests that reach ConnectWise ({@code USER_RATE_LIMIT_PER_MINUTE}). */
@ConfigMapping(prefix = "user-rate-limit")
public interface UserRateLimitConfig {

    /**
     * Requests a minute each signed-in user (or API key, or client address when nobody is signed in)
     * may make to the endpoints that reach ConnectWise; must be positive.
     */
    @WithDefault("120")
    int perMinute();
}
