package io.screenpop.openphone;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** OpenPhone contact push: off unless {@code OPENPHONE_API_KEY} is set. */
@ConfigMapping(prefix = "openphone")
public interface OpenPhoneConfig {

    /** OpenPhone API key ({@code OPENPHONE_API_KEY}); never logged. */
    Optional<String> apiKey();

    /** OpenPhone API base ({@code OPENPHONE_BASE_URL}). */
    @WithDefault("https://api.openphone.com")
    String baseUrl();
}
