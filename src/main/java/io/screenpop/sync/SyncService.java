package io.screenpop.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.screenpop.connectwise.ConnectWiseClient;
import io.screenpop.connectwise.ConnectWiseConfig;
import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.Pages;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.index.IndexChange;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexRows;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneEntry;
import io.screenpop.index.PhoneIndex;
import io.screenpop.index.SnapshotStore;

/**
 * Keeps the phone index in step with ConnectWise.
 * <ul>
 * <li>A full sync streams every company, then every contact, page by page into a new index
 * generation, and makes it live only when all pages were read; on any failure the partial
 * generation is dropped and the previous index stays in place. Deleted records and removed
 * numbers vanish with the old generation.</li>
 * <li>An incremental sync reads only companies and contacts whose {@code _info/lastUpdated} is
 * after the watermark, replaces their rows in the live generation and patches the in-memory view.</li>
 * </ul>
 * One sync runs at a time; each run is recorded in {@code sync_log} and logged in one line.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class);
    private static final String LAST_UPDATED = "_info/lastUpdated";
    /** Changes of one {@link #apply} batch written per transaction. */
    private static final int CHANGES_PER_TRANSACTION = 25;

    private final ConnectWiseClient connectWise;
    private final ConnectWiseConfig connectWiseConfig;
    private final SyncConfig config;
    private final IndexRepository repository;
    private final IndexRows rows;
    private final PhoneIndex index;
    private final SyncLogs logs;
    private final MeterRegistry registry;
    private final SnapshotStore snapshots;
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Single-record refreshes hold the read side; making a new generation live holds the write side. */
    private final ReadWriteLock generationLock = new ReentrantReadWriteLock();
    private final AtomicReference<Long> runningId = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screenpop-sync");
        t.setDaemon(true);
        return t;
    });

    /** CDI constructor. */
    public SyncService(@RestClient ConnectWiseClient connectWise, ConnectWiseConfig connectWiseConfig, SyncConfig config,
            IndexRepository repository, IndexRows rows, PhoneIndex index, SyncLogs logs, MeterRegistry registry,
            SnapshotStore snapshots) {
        this.connectWise = connectWise;
        this.connectWiseConfig = connectWiseConfig;
        this.config = config;
        this.repository = repository;
        this.rows = rows;
        this.index = index;
        this.logs = logs;
        this.registry = registry;
        this.snapshots = snapshots;
    }

    /**
     * Saves the in-memory view to disk shortly, with the generation and revision it belongs to,
     * captured while no index write is in progress.
     */
    public void snapshotSoon() {
        snapshots.saveSoon(() -> {
            generationLock.writeLock().lock();
            try {
                IndexState state = repository.state();
                return new SnapshotStore.Capture(state.currentGeneration, state.revision, index.view());
            } finally {
                generationLock.writeLock().unlock();
            }
        });
    }

    /** Outcome of asking for a sync. */
    public sealed interface Trigger {
        /** A new run started in the background. @param runId its {@code sync_log} id */
        record Started(long runId) implements Trigger {
        }

        /** Another run is still going. @param runId its id, or {@code null} if it has not logged yet */
        record AlreadyRunning(Long runId) implements Trigger {
        }
    }

    /**
     * Starts a sync in the background and returns at once.
     *
     * @param kind what to run
     * @return the started run, or the run already in progress
     */
    public Trigger start(SyncKind kind) {
        Long id = claim(kind);
        if (id == null) {
            return new Trigger.AlreadyRunning(runningId.get());
        }
        background.execute(() -> runClaimed(kind, id));
        return new Trigger.Started(id);
    }

    /**
     * Runs a sync on the calling thread unless one is already running.
     *
     * @param kind what to run
     * @return the finished run's log, or empty when another run was going
     */
    public Optional<SyncLog> runIfIdle(SyncKind kind) {
        Long id = claim(kind);
        if (id == null) {
            return Optional.empty();
        }
        runClaimed(kind, id);
        return logs.find(id);
    }

    /** @return the new run's id, or {@code null} when another run holds the claim */
    private Long claim(SyncKind kind) {
        if (!busy.compareAndSet(false, true)) {
            return null;
        }
        try {
            long id = logs.start(kind);
            runningId.set(id);
            return id;
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
    }

    /** @return whether a sync is running now */
    public boolean isRunning() {
        return busy.get();
    }

    /** @return the id of the running sync, if any */
    public Optional<Long> runningId() {
        return Optional.ofNullable(runningId.get());
    }

    private void runClaimed(SyncKind kind, long id) {
        SyncCounts counts = new SyncCounts();
        long startNanos = System.nanoTime();
        LOG.infof("Sync %d started: kind=%s", id, kind);
        String error = null;
        try {
            if (kind.isFull()) {
                fullSync(counts);
            } else {
                incrementalSync(counts);
            }
        } catch (RuntimeException e) {
            error = describe(e);
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            try {
                logs.finish(id, counts, error);
            } catch (RuntimeException e) {
                LOG.errorf("Sync %d could not be recorded: %s", id, e.getMessage());
            }
            runningId.set(null);
            busy.set(false);
            String result = error == null ? "succeeded" : "failed";
            Timer.builder("screenpop.sync.duration").tag("kind", kind.name()).tag("result", result)
                    .register(registry).record(took);
            if (error == null) {
                LOG.infof("Sync %d succeeded: kind=%s %s index=%d numbers in %.1fs", id, kind, counts,
                        index.view().numbers(), took.toMillis() / 1000.0);
            } else {
                LOG.errorf("Sync %d failed: kind=%s %s after %.1fs; the previous index stays in place. Cause: %s",
                        id, kind, counts, took.toMillis() / 1000.0, error);
            }
        }
    }

    private void fullSync(SyncCounts counts) {
        Instant started = Instant.now();
        IndexState state = repository.state();
        long generation = state.currentGeneration + 1;
        repository.deleteGeneration(generation);
        Map<Integer, String> regions = new HashMap<>();
        try {
            Pages.forEach(pageId -> connectWise.listCompanies(null, null, Company.INDEX_FIELDS, null, null,
                    pageSize(), pageId, ConnectWiseClient.FORWARD_ONLY), page -> {
                        writeCompanies(page, generation, regions, counts);
                    });
            counts.phase("companies");
            Pages.forEach(pageId -> connectWise.listContacts(null, null, Contact.INDEX_FIELDS, null, null,
                    pageSize(), pageId, ConnectWiseClient.FORWARD_ONLY), page -> {
                        writeContacts(page, generation, regions, counts);
                    });
            counts.phase("contacts");
        } catch (RuntimeException e) {
            dropQuietly(generation);
            throw e;
        }
        generationLock.writeLock().lock();
        try {
            repository.switchGeneration(generation, Instant.now(), started.minus(config.watermarkOverlap()));
            index.replace(repository.loadView(generation));
        } finally {
            generationLock.writeLock().unlock();
        }
        counts.phase("view");
        snapshotSoon();
        dropOthersQuietly(generation);
        counts.phase("cleanup");
        // Records changed while the pages were read (an agent's write among them) may have been
        // read before they changed: pick them up now rather than at the next incremental run.
        incrementalSync(new SyncCounts());
        counts.phase("catchUp");
    }

    private void writeCompanies(List<Company> page, long generation, Map<Integer, String> regions, SyncCounts counts) {
        Instant now = Instant.now();
        List<Object> batch = new ArrayList<>(page.size() * 2);
        List<PhoneEntry> entries = new ArrayList<>();
        for (Company company : page) {
            if (company.id() == null || Boolean.TRUE.equals(company.deletedFlag())) {
                continue;
            }
            String region = rows.regionOf(company);
            if (region != null) {
                regions.put(company.id(), region);
            }
            batch.add(rows.companyRow(company, generation, now));
            IndexRows.Built built = rows.companyEntries(company, generation, now);
            entries.addAll(built.entries());
            counts.skipped.addAndGet(built.skipped());
        }
        batch.addAll(entries);
        repository.insert(batch);
        counts.companies.addAndGet(page.size());
        counts.indexed.addAndGet(entries.size());
    }

    private void writeContacts(List<Contact> page, long generation, Map<Integer, String> regions, SyncCounts counts) {
        Instant now = Instant.now();
        List<Object> batch = new ArrayList<>(page.size() * 3);
        List<PhoneEntry> entries = new ArrayList<>();
        for (Contact contact : page) {
            if (contact.id() == null) {
                continue;
            }
            batch.add(rows.contactRow(contact, generation, now));
            String region = contact.company() == null ? null : regions.get(contact.company().id());
            IndexRows.Built built = rows.contactEntries(contact, region, generation, now);
            entries.addAll(built.entries());
            counts.skipped.addAndGet(built.skipped());
        }
        batch.addAll(entries);
        repository.insert(batch);
        counts.contacts.addAndGet(page.size());
        counts.indexed.addAndGet(entries.size());
    }

    private void incrementalSync(SyncCounts counts) {
        IndexState state = repository.state();
        if (state.currentGeneration == 0 || state.incrementalWatermark == null) {
            LOG.info("No index yet: the incremental sync runs as a full sync");
            fullSync(counts);
            return;
        }
        Instant started = Instant.now();
        long generation = state.currentGeneration;
        String changed = Conditions.after(LAST_UPDATED, state.incrementalWatermark).toString();
        Set<String> affected = new HashSet<>();
        generationLock.readLock().lock();
        try {
            Pages.forEach(pageId -> connectWise.listCompanies(changed, null, Company.INDEX_FIELDS, null, null, pageSize(),
                    pageId, ConnectWiseClient.FORWARD_ONLY), page -> {
                        for (Company company : page) {
                            affected.addAll(applyCompany(company, generation, counts));
                        }
                        counts.companies.addAndGet(page.size());
                    });
            Pages.forEach(pageId -> connectWise.listContacts(changed, null, Contact.INDEX_FIELDS, null, null, pageSize(),
                    pageId, ConnectWiseClient.FORWARD_ONLY), page -> {
                        for (Contact contact : page) {
                            affected.addAll(applyContact(contact, generation, counts));
                        }
                        counts.contacts.addAndGet(page.size());
                    });
            index.patch(affected, repository.matchesFor(generation, affected));
        } finally {
            generationLock.readLock().unlock();
        }
        repository.setWatermark(started.minus(config.watermarkOverlap()));
        if (!affected.isEmpty()) {
            snapshotSoon();
        }
    }

    /**
     * Writes one contact as ConnectWise holds it now into the live index and patches the in-memory
     * view, so its numbers are found at once (used after an agent's write). Never throws: the write
     * in ConnectWise already happened, and if the index cannot take it now the next incremental
     * sync will.
     *
     * @param contact the contact as ConnectWise returned it
     * @return true when the index was updated
     */
    public boolean refreshContact(Contact contact) {
        return apply(List.of(new IndexChange.ContactChanged(contact))).isPresent();
    }

    /**
     * Writes one company as ConnectWise holds it now into the live index and patches the view.
     * Never throws, like {@link #refreshContact(Contact)}.
     *
     * @param company the company as ConnectWise returned it
     * @return true when the index was updated
     */
    public boolean refreshCompany(Company company) {
        return apply(List.of(new IndexChange.CompanyChanged(company))).isPresent();
    }

    /**
     * The index's one entry point for changes outside a sync: applies the changes in order to the live generation's
     * tables, then patches the in-memory view once for all of them. A change older than what the index holds for
     * that record (ConnectWise's {@code _info/lastUpdated}) is skipped as stale. Never throws: on a database failure
     * nothing is patched and the next incremental sync catches up.
     *
     * @param changes the changes, oldest first
     * @return per change whether it was applied (true) or skipped as stale (false), in the same order; empty when the
     *         index could not take them now
     */
    public Optional<List<Boolean>> apply(List<IndexChange> changes) {
        generationLock.readLock().lock();
        long generation = 0;
        Set<String> committed = new HashSet<>();
        try {
            generation = repository.state().currentGeneration;
            List<Boolean> applied = new ArrayList<>(changes.size());
            // a transaction per chunk of changes (the repository's methods join it): few commits, none long
            for (int from = 0; from < changes.size(); from += CHANGES_PER_TRANSACTION) {
                List<IndexChange> chunk = changes.subList(from, Math.min(changes.size(), from + CHANGES_PER_TRANSACTION));
                long live = generation;
                Set<String> affected = new HashSet<>();
                List<Boolean> outcomes = new ArrayList<>(chunk.size());
                QuarkusTransaction.requiringNew().run(() -> {
                    for (IndexChange change : chunk) {
                        Set<String> numbers = applyOne(change, live);
                        repository.flushBatch();
                        outcomes.add(numbers != null);
                        if (numbers != null) {
                            affected.addAll(numbers);
                        }
                    }
                });
                committed.addAll(affected);
                applied.addAll(outcomes);
            }
            patch(generation, committed);
            return Optional.of(applied);
        } catch (RuntimeException e) {
            LOG.warnf(e, "The index could not take %s now; the next incremental sync will",
                    changes.size() == 1 ? changes.get(0).describe() : changes.size() + " changes");
            if (!committed.isEmpty()) {
                try {
                    patch(generation, committed);
                } catch (RuntimeException again) {
                    LOG.warnf("The in-memory view could not be patched either: %s", again.getMessage());
                }
            }
            return Optional.empty();
        } finally {
            generationLock.readLock().unlock();
        }
    }

    /** Patches the in-memory view with the tables' current matches of some numbers, and saves a snapshot soon. */
    private void patch(long generation, Set<String> numbers) {
        index.patch(numbers, repository.matchesFor(generation, numbers));
        snapshotSoon();
    }

    /** @return the numbers whose matches changed, or {@code null} when the change is stale */
    private Set<String> applyOne(IndexChange change, long generation) {
        if (change instanceof IndexChange.ContactChanged c) {
            return stale(generation, true, c.contact().id(), c.lastUpdated()) ? null
                    : applyContact(c.contact(), generation, new SyncCounts());
        }
        if (change instanceof IndexChange.CompanyChanged c) {
            if (stale(generation, false, c.company().id(), c.lastUpdated())) {
                return null;
            }
            return Boolean.TRUE.equals(c.company().deletedFlag()) ? repository.deleteCompany(generation, c.company().id())
                    : applyCompany(c.company(), generation, new SyncCounts());
        }
        if (change instanceof IndexChange.ContactDeleted d) {
            return repository.replaceContact(generation, d.contactId(), null, List.of());
        }
        return repository.deleteCompany(generation, ((IndexChange.CompanyDeleted) change).companyId());
    }

    private boolean stale(long generation, boolean contact, int id, Instant lastUpdated) {
        if (lastUpdated == null) {
            return false;
        }
        Instant held = repository.updatedAt(generation, contact, id);
        return held != null && lastUpdated.isBefore(held);
    }

    private Set<String> applyContact(Contact contact, long generation, SyncCounts counts) {
        Instant now = Instant.now();
        Integer companyId = contact.company() == null ? null : contact.company().id();
        String region = rows.regionOf(repository.countryOf(generation, companyId));
        IndexRows.Built built = rows.contactEntries(contact, region, generation, now);
        counts.indexed.addAndGet(built.entries().size());
        counts.skipped.addAndGet(built.skipped());
        return repository.replaceContact(generation, contact.id(), rows.contactRow(contact, generation, now),
                built.entries());
    }

    private Set<String> applyCompany(Company company, long generation, SyncCounts counts) {
        Instant now = Instant.now();
        IndexRows.Built built = rows.companyEntries(company, generation, now);
        counts.indexed.addAndGet(built.entries().size());
        counts.skipped.addAndGet(built.skipped());
        return repository.replaceCompany(generation, rows.companyRow(company, generation, now), built.entries());
    }

    private int pageSize() {
        return Math.max(1, Math.min(1000, connectWiseConfig.pageSize()));
    }

    private void dropQuietly(long generation) {
        try {
            repository.deleteGeneration(generation);
        } catch (RuntimeException e) {
            LOG.warnf("Could not drop partial generation %d: %s", generation, e.getMessage());
        }
    }

    private void dropOthersQuietly(long generation) {
        try {
            repository.deleteAllBut(generation);
        } catch (RuntimeException e) {
            LOG.warnf("Could not drop old generations: %s", e.getMessage());
        }
    }

    private static String describe(RuntimeException e) {
        Throwable root = e;
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        return text.toString();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
