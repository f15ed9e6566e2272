package io.screenpop.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneIndex;
import io.screenpop.index.SnapshotStore;

/**
 * At start-up loads the index into memory (from its snapshot when that matches the tables' generation and revision,
 * else from the tables; the snapshot file is read while the database is asked which generation and revision are
 * live). Then the sync leader's tick, every two seconds, runs what is due:
 * <ol>
 * <li>runs left RUNNING by a replica that stopped are marked failed, their partial generation discarded, and a full
 * one is queued again;</li>
 * <li>a queued run ({@code POST /sync} on any replica) starts;</li>
 * <li>else a full sync when the index is empty or older than 90% of {@code SYNC_INTERVAL_HOURS} (after a failed or
 * refused one, not before {@code SYNC_INCREMENTAL_MINUTES} have passed), or an incremental
 * sync every {@code SYNC_INCREMENTAL_MINUTES} ({@code SYNC_INCREMENTAL_MINUTES_WITH_CALLBACKS} while callbacks are
 * healthy).</li>
 * </ol>
 * The tick is a {@link Nonconcurrent} Quartz job: in the PostgreSQL build its clustered JDBC job store runs it on
 * exactly one replica at a time, and when that replica stops checking in for {@code SYNC_LEADER_TIMEOUT} another one
 * takes over (Quartz cluster recovery). A new replica never starts a sync of its own while a generation is live.
 */
@ApplicationScoped
public class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class);
    /** The Quartz identity of the leader's tick. */
    static final String LEADER_JOB = "sync-leader";

    private final SyncService sync;
    private final SyncConfig config;
    private final IndexRepository repository;
    private final PhoneIndex index;
    private final SyncLogs logs;
    private final SnapshotStore snapshots;
    private final Instance<ChangeFeed> changeFeed;
    private final Instance<org.quartz.Scheduler> quartz;
    private volatile boolean started;

    /** CDI constructor. */
    public SyncScheduler(SyncService sync, SyncConfig config, IndexRepository repository, PhoneIndex index,
            SyncLogs logs, SnapshotStore snapshots, Instance<ChangeFeed> changeFeed,
            Instance<org.quartz.Scheduler> quartz) {
        this.changeFeed = changeFeed;
        this.sync = sync;
        this.config = config;
        this.repository = repository;
        this.index = index;
        this.logs = logs;
        this.snapshots = snapshots;
        this.quartz = quartz;
    }

    void onStart(@Observes StartupEvent event) {
        long t0 = System.nanoTime();
        var snapshotRead = snapshots.readAhead();
        IndexState state = repository.state();
        if (state.currentGeneration > 0) {
            var snapshot = snapshots.load(snapshotRead, state.currentGeneration, state.revision);
            index.replace(snapshot.orElseGet(() -> repository.loadView(state.currentGeneration)));
            sync.viewLoaded(state);
            LOG.infof("Index loaded from disk (%s): %d numbers, %d entries, full sync at %s, in %d ms",
                    snapshot.isPresent() ? "snapshot" : "tables", index.view().numbers(), index.view().entries(),
                    state.fullSyncedAt, (System.nanoTime() - t0) / 1_000_000);
            if (snapshot.isEmpty()) {
                sync.snapshotSoon();
            }
        } else {
            LOG.info("Index is empty: the sync leader runs the initial full sync shortly");
        }
        if (!config.enabled()) {
            LOG.info("Scheduled syncs are disabled (sync.enabled=false); POST /sync still works");
        }
        started = true;
    }

    /** The sync leader's tick (see the class comment). */
    @Scheduled(identity = LEADER_JOB, every = "2s", delayed = "${sync.startup-delay:1s}")
    @Nonconcurrent
    void lead() {
        if (!started || sync.isRunning()) {
            return;
        }
        if (!recoverAbandoned()) {
            return;
        }
        Optional<SyncLog> queued = logs.nextQueued();
        if (queued.isPresent()) {
            sync.runQueued(queued.get());
            return;
        }
        if (!config.enabled()) {
            return;
        }
        if (!fullSyncIfDue()) {
            incrementalIfDue();
        }
    }

    /** Runs left RUNNING by a leader that stopped: fail them, drop their partial generation, queue a full run again. */
    private boolean recoverAbandoned() {
        Optional<SyncLog> running = logs.active().filter(r -> r.status == SyncStatus.RUNNING);
        if (running.isPresent() && !config.replica().equals(running.get().replica) && logs.checksIn(running.get().replica)) {
            // its replica is alive: Quartz fired this tick here too early (a trigger acquired before the job blocked)
            return false;
        }
        List<SyncLog> abandoned = logs.failAbandoned();
        if (abandoned.isEmpty()) {
            return true;
        }
        IndexState state = repository.state();
        repository.deleteAllBut(state.currentGeneration);
        for (SyncLog run : abandoned) {
            LOG.warnf("Sync %d (%s) was left running by replica %s, which stopped; its partial generation is"
                    + " discarded and the live index (generation %d) stays in place", run.id, run.kind, run.replica,
                    state.currentGeneration);
        }
        abandoned.stream().filter(r -> r.kind.isFull()).findFirst().flatMap(full -> logs.queue(full.kind, full.forced))
                .ifPresent(id -> LOG.infof("Sync %d queued to replace it", id));
        return true;
    }

    /**
     * Wakes the leader when a run is queued, through the job store, so whichever replica leads starts it now.
     *
     * @param event the queued run
     */
    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyncRequested event) {
        if (!quartz.isResolvable()) {
            return;
        }
        try {
            org.quartz.Scheduler scheduler = quartz.get();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
                if (LEADER_JOB.equals(key.getName())) {
                    scheduler.triggerJob(key);
                    return;
                }
            }
        } catch (SchedulerException | RuntimeException e) {
            LOG.debugf("Could not wake the sync leader at once (%s); its next tick starts run %d", e.getMessage(),
                    event.runId());
        }
    }

    /**
     * Runs an incremental sync, or skips it while the change feed (ConnectWise callbacks) is healthy and the last
     * incremental run is younger than {@code SYNC_INCREMENTAL_MINUTES_WITH_CALLBACKS}.
     */
    void incrementalIfDue() {
        Instant fullAt = repository.state().fullSyncedAt;
        Optional<Instant> last = logs.lastStarted(SyncKind.INCREMENTAL)
                .map(i -> fullAt != null && fullAt.isAfter(i) ? fullAt : i).or(() -> Optional.ofNullable(fullAt));
        boolean feedHealthy = changeFeed.isResolvable() && changeFeed.get().healthy();
        long minutes = feedHealthy ? config.incrementalMinutesWithCallbacks() : config.incrementalMinutes();
        if (last.isPresent() && Duration.between(last.get(), Instant.now()).compareTo(Duration.ofMinutes(minutes)) < 0) {
            return;
        }
        sync.runIfIdle(SyncKind.INCREMENTAL);
    }

    /**
     * Runs a full sync when the index is empty or older than 90% of the interval.
     *
     * @return whether one ran
     */
    boolean fullSyncIfDue() {
        Optional<SyncLog> lastFull = logs.latestFull();
        if (lastFull.isPresent() && lastFull.get().status != SyncStatus.SUCCEEDED && lastFull.get().startedAt != null
                && Duration.between(lastFull.get().startedAt, Instant.now())
                        .compareTo(Duration.ofMinutes(config.incrementalMinutes())) < 0) {
            // a failed or refused full run is tried again after SYNC_INCREMENTAL_MINUTES, not at every tick
            return false;
        }
        IndexState state = repository.state();
        if (state.currentGeneration == 0 || state.fullSyncedAt == null) {
            sync.runIfIdle(SyncKind.INITIAL);
            return true;
        }
        Duration age = Duration.between(state.fullSyncedAt, Instant.now());
        if (age.compareTo(Duration.ofHours(config.intervalHours()).multipliedBy(9).dividedBy(10)) >= 0) {
            sync.runIfIdle(SyncKind.SCHEDULED);
            return true;
        }
        return false;
    }
}
