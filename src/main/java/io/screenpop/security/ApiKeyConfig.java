package io.screenpop.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Keys accepted on machine endpoints ({@code API_KEY}, comma-separated so keys can be rotated). */
@ConfigMapping(prefix = "api")
public interface ApiKeyConfig {

    /** Accepted keys; when empty every machine endpoint answers 401. */
    Optional<List<String>> key();
}
