package io.screenpop.phone;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Phone number parsing settings ({@code PHONE_DEFAULT_REGION}). */
@ConfigMapping(prefix = "phone")
public interface PhoneConfig {

    /** ISO 3166-1 alpha-2 region used for numbers written in national form, e.g. {@code US}. */
    @WithDefault("US")
    String defaultRegion();
}
