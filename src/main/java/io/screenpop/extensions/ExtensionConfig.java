package io.screenpop.extensions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which caller numbers are internal extensions ({@code INTERNAL_EXTENSION_PATTERN}). */
@ConfigMapping(prefix = "internal-extension")
public interface ExtensionConfig {

    /**
     * A regular expression the whole caller number (trimmed) must match to be an internal
     * extension; default three or four digits. Such numbers are never looked up as customer numbers.
     */
    @WithDefault("^\\d{3,4}$")
    String pattern();
}
