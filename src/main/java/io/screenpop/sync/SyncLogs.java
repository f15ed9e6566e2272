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
        SyncLog log = new SyncLog();
        log.kind = kind;
        log.forced = forced;
        log.startedAt = Instant.now();
        log.status = SyncStatus.RUNNING;
        log.persist();
        return log.id;
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
        log.status = counts.refused ? SyncStatus.REFUSED : error == null ? SyncStatus.SUCCEEDED : SyncStatus.FAILED;
        log.liveNumbers = counts.liveNumbers;
        log.newNumbers = counts.newNumbers;
        log.contactsRead = counts.contacts.get();
        log.companiesRead = counts.companies.get();
        log.numbersIndexed = counts.indexed.get();
        log.numbersSkipped = counts.skipped.get();
        log.errorText = error == null ? null : error.substring(0, Math.min(MAX_ERROR, error.length()));
    }

    /** Marks runs left RUNNING by a process that stopped as failed. */
    @Transactional
    public void failAbandoned() {
        SyncLog.update("status = ?1, finishedAt = ?2, errorText = ?3 where status = ?4", SyncStatus.FAILED,
                Instant.now(), "The service stopped while this sync was running", SyncStatus.RUNNING);
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
