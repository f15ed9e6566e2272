package io.screenpop.replicas;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How replicas on one PostgreSQL database keep their in-memory views in step ({@code INDEX_*}). */
@ConfigMapping(prefix = "index")
public interface ReplicaConfig {

    /**
     * {@code INDEX_REVISION_CHECK}: how often a replica compares its view's revision with {@code index_state}'s, the
     * safety net behind LISTEN/NOTIFY (a notification lost while the connection was down, a partition).
     */
    @WithDefault("10s")
    Duration revisionCheck();

    /** How long {@code index_change} rows are kept; a replica further behind reloads its whole view instead. */
    @WithDefault("1h")
    Duration changeLogRetention();
}
