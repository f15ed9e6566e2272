package io.screenpop.sync;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sync schedule ({@code SYNC_INTERVAL_HOURS}, {@code SYNC_INCREMENTAL_MINUTES}). */
@ConfigMapping(prefix = "sync")
public interface SyncConfig {

    /** Hours between full syncs; also the age after which the index on disk is refreshed at start-up. */
    @WithDefault("4")
    int intervalHours();

    /** Minutes between incremental syncs of records whose {@code _info/lastUpdated} moved. */
    @WithDefault("5")
    int incrementalMinutes();

    /**
     * Minutes between incremental syncs while ConnectWise callbacks are healthy
     * ({@code SYNC_INCREMENTAL_MINUTES_WITH_CALLBACKS}); the incremental sync stays as a safety net.
     */
    @WithDefault("30")
    int incrementalMinutesWithCallbacks();

    /** Whether scheduled syncs run at all (manual {@code POST /sync} always works). */
    @WithDefault("true")
    boolean enabled();

    /** Delay after start-up before the first sync check, so the HTTP server is up. */
    @WithDefault("1s")
    Duration startupDelay();

    /**
     * Overlap subtracted from the incremental watermark, covering clock skew between this
     * service and ConnectWise; re-reading a record is harmless.
     */
    @WithDefault("2m")
    Duration watermarkOverlap();

    /**
     * {@code SYNC_MIN_RATIO}: a full sync is made live only when its generation holds at least this
     * share of the live index's distinct numbers (0..1; 0 turns the check off). The first sync into an
     * empty index is never limited; an admin applies a refused one with {@code POST /sync?kind=full&force=true}.
     */
    @WithDefault("0.5")
    double minRatio();

    /**
     * {@code SYNC_LEADER_TIMEOUT}: with several replicas (the PostgreSQL build's clustered Quartz job store), a sync
     * leader that stops checking in is replaced within this time; its partial generation is discarded and the run
     * started again on the new leader. quarkus-quartz fixes the check-in interval this rests on at build time
     * ({@code sync.leader-checkin-ms} in pom.xml: 9.25 s for 30 s, from interval = (timeout - 11.5 s) / 2); a
     * different timeout needs that build property changed to match.
     */
    @WithDefault("30s")
    Duration leaderTimeout();

    /**
     * This replica's name in {@code sync_log} and the logs: the pod's {@code HOSTNAME} in Kubernetes.
     */
    @WithDefault("${HOSTNAME:screenpop}")
    String replica();
}
