package io.screenpop.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The built-in ConnectWise Manage stand-in. When {@link #enabled()} is false every
 * {@code /sandbox/**} path answers 404 and no data is generated.
 */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** Serve the sandbox at all (on in dev and test, off in prod by default). */
    @WithDefault("false")
    boolean enabled();

    /** Companies to seed, fixtures included. */
    @WithDefault("300")
    int companies();

    /** Contacts to seed, fixtures included (works up to 100,000). */
    @WithDefault("3000")
    int contacts();

    /** Seed of the demo-data generator: the same seed always yields the same data. */
    @WithDefault("42")
    long seed();
}
