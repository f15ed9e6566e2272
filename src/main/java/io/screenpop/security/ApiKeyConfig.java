package io.screenpop.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Keys accepted on machine endpoints ({@code API_KEY}, comma-separated so keys can be rotated). */
@ConfigMapping(prefix = "api")
public interface ApiKeyConfig {

    /** Accepted keys; when empty every machine endpoint answers 401. */
    Optional<List<String>> key();

    /**
     * Requests a minute each key may make on machine endpoints ({@code API_RATE_LIMIT_PER_MINUTE}); must be
     * positive, which {@code RequiredConfigCheck} enforces at start-up. (Not a Bean Validation constraint: one
     * constraint on any config mapping makes Quarkus build a validator for the configuration on every start,
     * about 0.4 s of start-up on a 2-core machine.)
     */
    @WithName("rate-limit-per-minute")
    @WithDefault("1000")
    int rateLimitPerMinute();
}
