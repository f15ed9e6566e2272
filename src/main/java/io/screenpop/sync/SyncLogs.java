package io.screenpop.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/** Records sync runs in {@code sync_log}, each change in its own transaction. */
@ApplicationScoped
public class SyncLogs {

    private static final int MAX_ERROR = 2000;

    /**
     * @param kind why the run starts
     * @return the new run's id
     */
    @Transactional
    public long start(SyncKind kind) {
        return start(kind, false);
    }

    /**
     * @param kind   why the run starts
     * @param forced whether an admin forced it past the {@code SYNC_MIN_RATIO} check
     * @return the new run's id
     */
    @Transactional
    public long start(SyncKind kind, boolean forced) {
        return start(kind, forced, null);
    }

    /**
     * @param kind    why the run starts
     * @param forced  whether an admin forced it past the {@code SYNC_MIN_RATIO} check
     * @param replica the replica running it
     * @return the new run's id
     */
    @Transactional
    public long start(SyncKind kind, boolean forced, String replica) {
        SyncLog log = new SyncLog();
        log.kind = kind;
        log.forced = forced;
        log.startedAt = Instant.now();
        log.status = SyncStatus.RUNNING;
        log.replica = replica;
        log.activeSlot = 1;
        log.persistAndFlush();
        return log.id;
    }

    /**
     * Queues a run for the sync leader, unless one is queued or running already.
     *
     * @param kind   what to run
     * @param forced whether an admin forces a full run past the {@code SYNC_MIN_RATIO} check
     * @return the queued run's id, or empty when {@link #active()} had one (anywhere in the cluster)
     */
    @Transactional
    public Optional<Long> queue(SyncKind kind, boolean forced) {
        if (active().isPresent()) {
            return Optional.empty();
        }
        SyncLog log = new SyncLog();
        log.kind = kind;
        log.forced = forced;
        log.startedAt = Instant.now();
        log.status = SyncStatus.QUEUED;
        log.activeSlot = 1;
        log.persistAndFlush();
        return Optional.of(log.id);
    }

    /** @return the oldest queued run, if any */
    @Transactional
    public Optional<SyncLog> nextQueued() {
        return SyncLog.find("status", Sort.ascending("id"), SyncStatus.QUEUED).firstResultOptional();
    }

    /**
     * Marks a queued run as running on this replica.
     *
     * @param id      the queued run
     * @param replica this replica
     * @return false when it was no longer queued
     */
    @Transactional
    public boolean claim(long id, String replica) {
        return SyncLog.update("status = ?1, replica = ?2, startedAt = ?3 where id = ?4 and status = ?5",
                SyncStatus.RUNNING, replica, Instant.now(), id, SyncStatus.QUEUED) == 1;
    }

    /** @return the run running or queued now, on any replica (the one holding the active slot, V52), if any */
    @Transactional
    public Optional<SyncLog> active() {
        return SyncLog.find("activeSlot", 1).firstResultOptional();
    }

    /**
     * @param kind a kind
     * @return when the latest run of that kind started, on any replica, or empty
     */
    @Transactional
    public Optional<Instant> lastStarted(SyncKind kind) {
        return SyncLog.find("kind = ?1 and status <> ?2", Sort.descending("startedAt", "id"), kind, SyncStatus.QUEUED)
                .firstResultOptional().map(l -> ((SyncLog) l).startedAt);
    }

    /**
     * @param id     the run
     * @param counts what it read and wrote
     * @param error  why it failed, or {@code null} on success
     */
    @Transactional
    void finish(long id, SyncCounts counts, String error) {
        SyncLog log = SyncLog.findById(id);
        log.finishedAt = Instant.now();
        log.activeSlot = null;
        log.status = counts.refused ? SyncStatus.REFUSED : error == null ? SyncStatus.SUCCEEDED : SyncStatus.FAILED;
        log.liveNumbers = counts.liveNumbers;
        log.newNumbers = counts.newNumbers;
        log.contactsRead = counts.contacts.get();
        log.companiesRead = counts.companies.get();
        log.numbersIndexed = counts.indexed.get();
        log.numbersSkipped = counts.skipped.get();
        log.errorText = error == null ? null : error.substring(0, Math.min(MAX_ERROR, error.length()));
    }

    /**
     * @param replica a replica's name
     * @return whether its Quartz scheduler checked in to the clustered job store recently, by Quartz's own rule
     *         (within its check-in interval plus 7.5 s); always false without a clustered store (one replica)
     */
    @Transactional
    public boolean checksIn(String replica) {
        if (replica == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SyncLog.getEntityManager().createNativeQuery(
                "select last_checkin_time, checkin_interval from qrtz_scheduler_state where instance_name = ?1")
                .setParameter(1, replica).getResultList();
        long now = System.currentTimeMillis();
        return rows.stream().anyMatch(r -> ((Number) r[0]).longValue() + ((Number) r[1]).longValue() + 7_500 > now);
    }

    /**
     * Marks runs left RUNNING by a replica that stopped as failed. Called by the sync leader before it runs anything:
     * only the leader runs syncs, so any run still RUNNING then was the previous leader's.
     *
     * @return the runs marked, as they were
     */
    @Transactional
    public List<SyncLog> failAbandoned() {
        List<SyncLog> abandoned = SyncLog.list("status", SyncStatus.RUNNING);
        for (SyncLog log : abandoned) {
            log.activeSlot = null;
            log.status = SyncStatus.FAILED;
            log.finishedAt = Instant.now();
            log.errorText = "The replica running this sync (" + (log.replica == null ? "unknown" : log.replica)
                    + ") stopped before it finished; its partial generation was discarded";
        }
        return abandoned;
    }

    /**
     * @param limit how many
     * @return the latest runs, newest first
     */
    @Transactional
    public List<SyncLog> latest(int limit) {
        return SyncLog.findAll(Sort.descending("startedAt", "id")).page(0, limit).list();
    }

    /** @return whether a full sync ever succeeded */
    @Transactional
    public boolean anyFullSucceeded() {
        return SyncLog.count("status = ?1 and kind <> ?2", SyncStatus.SUCCEEDED, SyncKind.INCREMENTAL) > 0;
    }

    /** @return the latest full run (not incremental), if any */
    @Transactional
    public Optional<SyncLog> latestFull() {
        return SyncLog.find("kind <> ?1", Sort.descending("startedAt", "id"), SyncKind.INCREMENTAL).firstResultOptional();
    }

    /**
     * @param id run id
     * @return the run
     */
    @Transactional
    public Optional<SyncLog> find(long id) {
        return SyncLog.findByIdOptional(id);
    }
}
