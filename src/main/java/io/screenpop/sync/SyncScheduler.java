package io.screenpop.sync;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneIndex;
import io.screenpop.index.SnapshotStore;

/**
 * At start-up loads the index from disk into memory (from its snapshot when that matches the
 * tables' generation and revision, else from the tables; the snapshot file is read while the
 * database is asked which generation and revision are live), then schedules (quarkus-scheduler) a full
 * sync every {@code SYNC_INTERVAL_HOURS} (first run right after start-up when the index is empty
 * or older than that) and an incremental sync every {@code SYNC_INCREMENTAL_MINUTES}.
 */
@ApplicationScoped
public class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class);

    private final SyncService sync;
    private final SyncConfig config;
    private final IndexRepository repository;
    private final PhoneIndex index;
    private final SyncLogs logs;
    private final Scheduler scheduler;
    private final SnapshotStore snapshots;
    private final Instance<ChangeFeed> changeFeed;
    private volatile Instant lastIncremental;

    /** CDI constructor. */
    public SyncScheduler(SyncService sync, SyncConfig config, IndexRepository repository, PhoneIndex index,
            SyncLogs logs, Scheduler scheduler, SnapshotStore snapshots, Instance<ChangeFeed> changeFeed) {
        this.changeFeed = changeFeed;
        this.sync = sync;
        this.config = config;
        this.repository = repository;
        this.index = index;
        this.logs = logs;
        this.scheduler = scheduler;
        this.snapshots = snapshots;
    }

    void onStart(@Observes StartupEvent event) {
        long t0 = System.nanoTime();
        var snapshotRead = snapshots.readAhead();
        logs.failAbandoned();
        IndexState state = repository.state();
        if (state.currentGeneration > 0) {
            var snapshot = snapshots.load(snapshotRead, state.currentGeneration, state.revision);
            index.replace(snapshot.orElseGet(() -> repository.loadView(state.currentGeneration)));
            LOG.infof("Index loaded from disk (%s): %d numbers, %d entries, full sync at %s, in %d ms",
                    snapshot.isPresent() ? "snapshot" : "tables", index.view().numbers(), index.view().entries(),
                    state.fullSyncedAt, (System.nanoTime() - t0) / 1_000_000);
            if (snapshot.isEmpty()) {
                sync.snapshotSoon();
            }
        } else {
            LOG.info("Index is empty: the initial full sync starts shortly");
        }
        if (!config.enabled()) {
            LOG.info("Scheduled syncs are disabled (sync.enabled=false); POST /sync still works");
            return;
        }
        String delay = config.startupDelay().toMillis() + "ms";
        scheduler.newJob("full-sync")
                .setInterval(config.intervalHours() + "h")
                .setDelayed(delay)
                .setConcurrentExecution(io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> fullSyncIfDue())
                .schedule();
        scheduler.newJob("incremental-sync")
                .setInterval(config.incrementalMinutes() + "m")
                .setDelayed(Duration.ofMinutes(config.incrementalMinutes()).plus(config.startupDelay()).toMillis() + "ms")
                .setConcurrentExecution(io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> incrementalIfDue())
                .schedule();
    }

    /**
     * Runs an incremental sync, or skips it while the change feed (ConnectWise callbacks) is healthy and the last
     * incremental run is younger than {@code SYNC_INCREMENTAL_MINUTES_WITH_CALLBACKS}.
     */
    void incrementalIfDue() {
        Instant last = lastIncremental;
        boolean feedHealthy = changeFeed.isResolvable() && changeFeed.get().healthy();
        if (feedHealthy && last != null
                && Duration.between(last, Instant.now()).toMinutes() < config.incrementalMinutesWithCallbacks()) {
            LOG.debugf("Incremental sync skipped: callbacks are healthy and the last run was at %s", last);
            return;
        }
        lastIncremental = Instant.now();
        sync.runIfIdle(SyncKind.INCREMENTAL);
    }

    /** Runs a full sync when the index is empty or older than 90% of the interval. */
    void fullSyncIfDue() {
        IndexState state = repository.state();
        if (state.currentGeneration == 0 || state.fullSyncedAt == null) {
            sync.runIfIdle(SyncKind.INITIAL);
            return;
        }
        Duration age = Duration.between(state.fullSyncedAt, Instant.now());
        if (age.compareTo(Duration.ofHours(config.intervalHours()).multipliedBy(9).dividedBy(10)) >= 0) {
            sync.runIfIdle(SyncKind.SCHEDULED);
        } else {
            LOG.debugf("Full sync not due: index is %s old", age);
        }
    }
}
