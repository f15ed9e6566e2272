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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.ConnectWiseConfig;
import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.index.IndexChange;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexRows;
import io.screenpop.index.IndexState;
import io.screenpop.index.IndexView;
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
 * <li>A full sync whose generation holds fewer than {@code SYNC_MIN_RATIO} of the live index's
 * distinct numbers is <em>refused</em>: ConnectWise answering {@code []} (a lost permission, a wrong
 * {@code CW_COMPANY_ID}), a proxy stripping the {@code Link} header or paging that stops early all
 * look like a successful read of fewer records. The run is recorded as {@code REFUSED} with both
 * counts, counted in {@code screenpop_sync_refused_total} and logged as a WARN; the old index keeps
 * serving. The first sync into an empty index is not limited, and an admin can force a run.</li>
 * <li>An incremental sync reads only companies and contacts whose {@code _info/lastUpdated} is
 * after the watermark, replaces their rows in the live generation and patches the in-memory view.
 * Its pages are fetched without any lock; only applying a page takes the generation lock's read side.</li>
 * </ul>
 * One sync runs at a time; each run is recorded in {@code sync_log} and logged in one line. An
 * agent's write refreshes its record ({@link #refreshContact}, {@link #refreshCompany}) by reading it
 * back from ConnectWise; that never waits for a sync in progress: the lock's write side is held only
 * to switch generations (the new view is built before), never while ConnectWise is read.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class);
    private static final String LAST_UPDATED = "_info/lastUpdated";
    /** Changes of one {@link #apply} batch written per transaction. */
    private static final int CHANGES_PER_TRANSACTION = 100;

    private final ConnectWise connectWise;
    private final ConnectWiseConfig connectWiseConfig;
    private final SyncConfig config;
    private final IndexRepository repository;
    private final IndexRows rows;
    private final PhoneIndex index;
    private final SyncLogs logs;
    private final MeterRegistry registry;
    private final SnapshotStore snapshots;
    private final Counter refusals;
    /** Serialises the read-back and index write of one record, so the last write read back wins. */
    private final java.util.concurrent.locks.Lock[] recordLocks = new java.util.concurrent.locks.Lock[64];
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Single-record refreshes hold the read side; making a new generation live holds the write side. */
    private final ReadWriteLock generationLock = new ReentrantReadWriteLock();
    /** Serialises reading the tables' matches and patching the view, so the later read (the newer state) wins. */
    private final Object patchLock = new Object();
    /** Guards {@link #viewGeneration} and {@link #viewRevision} together. */
    private final Object versionLock = new Object();
    /** One catch-up at a time. */
    private final java.util.concurrent.locks.Lock catchUpLock = new java.util.concurrent.locks.ReentrantLock();
    private final jakarta.enterprise.event.Event<SyncRequested> requested;
    /** The generation and revision of the tables the in-memory view reflects (for {@link #catchUp()}). */
    private volatile long viewGeneration;
    private volatile long viewRevision;
    private volatile boolean stopping;

    /** CDI constructor. */
    public SyncService(ConnectWise connectWise, ConnectWiseConfig connectWiseConfig, SyncConfig config,
            IndexRepository repository, IndexRows rows, PhoneIndex index, SyncLogs logs, MeterRegistry registry,
            SnapshotStore snapshots, jakarta.enterprise.event.Event<SyncRequested> requested) {
        this.requested = requested;
        this.connectWise = connectWise;
        this.connectWiseConfig = connectWiseConfig;
        this.config = config;
        this.repository = repository;
        this.rows = rows;
        this.index = index;
        this.logs = logs;
        this.registry = registry;
        this.snapshots = snapshots;
        this.refusals = Counter.builder("screenpop.sync.refused")
                .description("Full syncs refused because they would shrink the index below SYNC_MIN_RATIO")
                .register(registry);
        for (int i = 0; i < recordLocks.length; i++) {
            recordLocks[i] = new java.util.concurrent.locks.ReentrantLock();
        }
    }

    /**
     * Saves the in-memory view to disk shortly, with the generation and revision it belongs to,
     * captured while no index write is in progress.
     */
    public void snapshotSoon() {
        snapshots.saveSoon(() -> {
            generationLock.writeLock().lock();
            try {
                // the view's own version: with other replicas writing, the tables may already be ahead of it
                return new SnapshotStore.Capture(viewGeneration, viewRevision, index.view());
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
     * Asks for a sync and returns at once: the run is queued in {@code sync_log} and the sync leader (this replica,
     * or whichever replica leads) starts it at once ({@link SyncRequested}).
     *
     * @param kind what to run
     * @return the queued run, or the run already queued or in progress on any replica
     */
    public Trigger start(SyncKind kind) {
        return start(kind, false);
    }

    /**
     * Asks for a sync and returns at once, like {@link #start(SyncKind)}.
     *
     * @param kind  what to run
     * @param force for a full sync: make it live even when it holds fewer than {@code SYNC_MIN_RATIO}
     *              of the live index's numbers (an admin's decision after a refused run)
     * @return the queued run, or the run already queued or in progress on any replica
     */
    public synchronized Trigger start(SyncKind kind, boolean force) {
        Optional<Long> id;
        try {
            id = logs.queue(kind, force && kind.isFull());
        } catch (jakarta.persistence.PersistenceException e) {
            id = Optional.empty(); // another replica queued one a moment ago: the one active slot (V52) is taken
        }
        if (id.isEmpty()) {
            return new Trigger.AlreadyRunning(logs.active().map(l -> l.id).orElse(null));
        }
        requested.fire(new SyncRequested(id.get()));
        return new Trigger.Started(id.get());
    }

    /**
     * Runs a queued run on the calling thread (the sync leader's), unless this replica is running one already.
     *
     * @param queued a run from {@link SyncLogs#nextQueued()}
     */
    public void runQueued(SyncLog queued) {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        boolean claimed = false;
        try {
            claimed = logs.claim(queued.id, config.replica());
        } finally {
            if (!claimed) {
                busy.set(false);
            }
        }
        if (claimed) {
            runClaimed(queued.kind, queued.id, queued.forced);
        }
    }

    /**
     * Runs a sync on the calling thread unless one is already running here.
     *
     * @param kind what to run
     * @return the finished run's log, or empty when another run was going
     */
    public Optional<SyncLog> runIfIdle(SyncKind kind) {
        Long id = claim(kind);
        if (id == null) {
            return Optional.empty();
        }
        runClaimed(kind, id, false);
        return logs.find(id);
    }

    /** @return the new run's id, or {@code null} when another run holds the claim */
    private Long claim(SyncKind kind) {
        if (!busy.compareAndSet(false, true)) {
            return null;
        }
        try {
            long id = logs.start(kind, false, config.replica());
            return id;
        } catch (jakarta.persistence.PersistenceException e) {
            // another replica's run holds the one active slot (V52)
            LOG.debugf("Sync %s not started: another run is active (%s)", kind, e.getMessage());
            busy.set(false);
            return null;
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
    }

    /** @return whether a sync is running now */
    public boolean isRunning() {
        return busy.get();
    }

    private void runClaimed(SyncKind kind, long id, boolean force) {
        SyncCounts counts = new SyncCounts();
        long startNanos = System.nanoTime();
        LOG.infof("Sync %d started: kind=%s", id, kind);
        String error = null;
        try {
            if (kind.isFull()) {
                error = fullSync(counts, force);
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
            busy.set(false);
            String result = counts.refused ? "refused" : error == null ? "succeeded" : "failed";
            Timer.builder("screenpop.sync.duration").tag("kind", kind.name()).tag("result", result)
                    .register(registry).record(took);
            if (counts.refused) {
                refusals.increment();
                LOG.warnf("Sync %d REFUSED: kind=%s %s after %.1fs. %s The previous index (%d numbers) stays in place;"
                        + " an admin can apply it anyway with POST /sync?kind=full&force=true.", id, kind, counts,
                        took.toMillis() / 1000.0, error, index.view().numbers());
            } else if (error == null) {
                LOG.infof("Sync %d succeeded: kind=%s %s index=%d numbers in %.1fs", id, kind, counts,
                        index.view().numbers(), took.toMillis() / 1000.0);
            } else {
                LOG.errorf("Sync %d failed: kind=%s %s after %.1fs; the previous index stays in place. Cause: %s",
                        id, kind, counts, took.toMillis() / 1000.0, error);
            }
        }
    }

    /**
     * @return {@code null} when the new generation went live, else why it was refused
     *         ({@code counts.refused} is then set)
     */
    private String fullSync(SyncCounts counts, boolean force) {
        Instant started = Instant.now();
        IndexState state = repository.state();
        long generation = state.currentGeneration + 1;
        repository.deleteGeneration(generation);
        Map<Integer, String> regions = new HashMap<>();
        IndexView fresh;
        try {
            connectWise.forEachCompany(CwQuery.all().fields(Company.INDEX_FIELDS).pageSize(pageSize()),
                    page -> writeCompanies(page, generation, regions, counts));
            counts.phase("companies");
            connectWise.forEachContact(CwQuery.all().fields(Contact.INDEX_FIELDS).pageSize(pageSize()),
                    page -> writeContacts(page, generation, regions, counts));
            counts.phase("contacts");
            String refusal = refusal(generation, counts, force);
            if (refusal != null) {
                dropQuietly(generation);
                return refusal;
            }
            // built before the lock: agents' refreshes of the live generation go on meanwhile
            fresh = repository.loadView(generation);
        } catch (RuntimeException e) {
            dropQuietly(generation);
            throw e;
        }
        generationLock.writeLock().lock();
        try {
            repository.switchGeneration(generation, Instant.now(), started.minus(config.watermarkOverlap()));
            index.replace(fresh);
            viewLoaded(repository.state());
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
        return null;
    }

    /**
     * The {@code SYNC_MIN_RATIO} check (issue 11): compares the new generation's distinct numbers with
     * the live index's.
     *
     * @return why the generation must not go live, or {@code null}
     */
    private String refusal(long generation, SyncCounts counts, boolean force) {
        long liveGeneration = repository.state().currentGeneration;
        int live = (int) Math.min(Integer.MAX_VALUE, repository.countNumbers(liveGeneration));
        int found = (int) Math.min(Integer.MAX_VALUE, repository.countNumbers(generation));
        counts.liveNumbers = live;
        counts.newNumbers = found;
        double ratio = config.minRatio();
        if (live == 0 || ratio <= 0) {
            return null;
        }
        String why = null;
        if (found < Math.ceil(ratio * live)) {
            why = shrink("numbers", found, live, ratio);
        } else {
            // one list answered [] while the other was complete (companies' lines are a small share of all numbers)
            for (boolean contacts : new boolean[] {true, false}) {
                long before = repository.countNumbers(liveGeneration, contacts);
                long after = repository.countNumbers(generation, contacts);
                if (before > 0 && after < Math.ceil(ratio * before)) {
                    why = shrink(contacts ? "contact numbers" : "company lines", after, before, ratio);
                    break;
                }
            }
        }
        if (why == null) {
            return null;
        }
        if (force) {
            LOG.warnf("Sync forced by an admin: %s It is made live anyway.", why);
            return null;
        }
        counts.refused = true;
        return why;
    }

    private static String shrink(String what, long found, long live, double ratio) {
        return String.format(java.util.Locale.ROOT, "ConnectWise returned %d %s where the live index holds %d"
                + " (%.0f%%, below SYNC_MIN_RATIO %.2f): an empty or cut-short answer (a lost permission, a wrong"
                + " CW_COMPANY_ID, a stripped Link header, paging that stopped early).", found, what, live,
                100.0 * found / live, ratio);
    }

    private void writeCompanies(List<Company> page, long generation, Map<Integer, String> regions, SyncCounts counts) {
        checkNotStopping();
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
        checkNotStopping();
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
            String refusal = fullSync(counts, false);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            return;
        }
        Instant started = Instant.now();
        CwQuery changed = CwQuery.where(Conditions.after(LAST_UPDATED, state.incrementalWatermark));
        java.util.concurrent.atomic.AtomicBoolean any = new java.util.concurrent.atomic.AtomicBoolean();
        // pages are fetched outside the lock; each page is applied to the generation live at that moment
        connectWise.forEachCompany(changed.fields(Company.INDEX_FIELDS).pageSize(pageSize()), page -> {
            applyPage(page.stream().<IndexChange>map(IndexChange.CompanyChanged::new).toList(), counts);
            counts.companies.addAndGet(page.size());
            any.set(true);
        });
        connectWise.forEachContact(changed.fields(Contact.INDEX_FIELDS).pageSize(pageSize()), page -> {
            applyPage(page.stream().<IndexChange>map(IndexChange.ContactChanged::new).toList(), counts);
            counts.contacts.addAndGet(page.size());
            any.set(true);
        });
        repository.setWatermark(started.minus(config.watermarkOverlap()));
        if (any.get()) {
            snapshotSoon();
        }
    }

    /** Applies one page of an incremental sync through {@link #apply}; fails the run when the index cannot take it. */
    private void applyPage(List<IndexChange> page, SyncCounts counts) {
        checkNotStopping();
        if (apply(page, counts).isEmpty()) {
            throw new IllegalStateException("the index could not take a page of changes");
        }
    }

    /**
     * Writes one contact into the live index and patches the in-memory view, so its numbers are found
     * at once (used after an agent's write). The contact is read back from ConnectWise first, so a
     * number another agent added a moment ago is kept; the copy given is used only when that read
     * fails. Read-back and write of one contact are serialised, so of two concurrent writes the one
     * read back last, which holds both, is what the index keeps. Never throws: the write in
     * ConnectWise already happened, and if the index cannot take it now the next incremental sync will.
     *
     * @param contact the contact as ConnectWise returned it (its id is what matters)
     * @return true when the index was updated
     */
    public boolean refreshContact(Contact contact) {
        return refresh(contact.id(), () -> new IndexChange.ContactChanged(
                readBack(() -> connectWise.contact(contact.id()), contact, "contact " + contact.id())));
    }

    /**
     * Writes one company into the live index and patches the view, read back from ConnectWise first
     * like {@link #refreshContact(Contact)}. Never throws.
     *
     * @param company the company as ConnectWise returned it
     * @return true when the index was updated
     */
    public boolean refreshCompany(Company company) {
        return refresh(-1 - company.id(), () -> new IndexChange.CompanyChanged(
                readBack(() -> connectWise.company(company.id()), company, "company " + company.id())));
    }

    private static <T> T readBack(java.util.function.Supplier<T> read, T fallback, String what) {
        try {
            T current = read.get();
            return current == null ? fallback : current;
        } catch (RuntimeException e) {
            LOG.warnf("Could not read %s back from ConnectWise (%s); indexing the copy at hand", what, e.getMessage());
            return fallback;
        }
    }

    private boolean refresh(int key, java.util.function.Supplier<IndexChange> current) {
        java.util.concurrent.locks.Lock recordLock = recordLocks[Math.floorMod(key, recordLocks.length)];
        recordLock.lock();
        try {
            return apply(List.of(current.get())).isPresent();
        } finally {
            recordLock.unlock();
        }
    }

    /**
     * The index's one entry point for changes to records: an agent's write, a 3CX-created contact, a ConnectWise
     * callback and each page of an incremental sync all come through here. Applies the changes in order to the live
     * generation's tables (a transaction per {@value #CHANGES_PER_TRANSACTION} changes, written by {@link ChangeWriter}:
     * consecutive contact changes with a few statements together), then patches the in-memory view once for all of
     * them. A change older than what the index holds for that record (ConnectWise's
     * {@code _info/lastUpdated}) is skipped as stale. Never throws: on a database failure the changes committed so far
     * are patched into the view, and the next incremental sync catches up with the rest.
     *
     * @param changes the changes, oldest first
     * @return per change whether it was applied (true) or skipped as stale (false), in the same order; empty when the
     *         index could not take them now
     */
    public Optional<List<Boolean>> apply(List<IndexChange> changes) {
        return apply(changes, new SyncCounts());
    }

    private Optional<List<Boolean>> apply(List<IndexChange> changes, SyncCounts counts) {
        generationLock.readLock().lock();
        long generation = 0;
        Set<String> committed = new HashSet<>();
        try {
            List<Boolean> applied = new ArrayList<>(changes.size());
            long[] live = new long[1];
            long[] revisions = new long[2];
            for (int from = 0; from < changes.size(); from += CHANGES_PER_TRANSACTION) {
                List<IndexChange> chunk = changes.subList(from, Math.min(changes.size(), from + CHANGES_PER_TRANSACTION));
                Set<String> affected = new HashSet<>();
                List<Boolean> outcomes = new ArrayList<>(chunk.size());
                QuarkusTransaction.requiringNew().run(() -> {
                    // every writer, on every replica, takes its turn on the state row: one revision after another
                    IndexState state = repository.lockState();
                    live[0] = state.currentGeneration;
                    long fromRevision = state.revision;
                    ChangeWriter.Written written = new ChangeWriter(repository, rows, live[0], counts).write(chunk);
                    outcomes.addAll(written.applied());
                    affected.addAll(written.numbers());
                    state.revision += written.appliedCount();
                    long toRevision = repository.logChange(live[0], fromRevision, affected, written.contacts(),
                            written.companies());
                    revisions[0] = fromRevision;
                    revisions[1] = toRevision;
                    repository.flushBatch();
                });
                advance(live[0], revisions[0], revisions[1]);
                generation = live[0];
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
        synchronized (patchLock) {
            index.patch(numbers, repository.matchesFor(generation, numbers));
        }
        snapshotSoon();
    }

    /**
     * Records which generation and revision of the tables the in-memory view now reflects (after loading it at
     * start-up or switching generations).
     *
     * @param state the state row read right after the view was loaded or switched
     */
    public void viewLoaded(IndexState state) {
        synchronized (versionLock) {
            viewGeneration = state.currentGeneration;
            viewRevision = state.revision;
        }
    }

    /**
     * Brings this replica's in-memory view up to the shared tables (issue 15): called when another replica announces
     * a change (PostgreSQL {@code NOTIFY}) and periodically as a safety net. Patches the numbers that
     * {@code index_change} lists after the view's revision; reloads the whole generation when the live generation
     * moved, or when the log no longer reaches back to the view's revision (purged, or a change listed too many
     * numbers). Never blocks lookups: the view is swapped atomically.
     *
     * @return what it did: {@code "none"}, {@code "patched"} or {@code "reloaded"}
     */
    public String catchUp() {
        catchUpLock.lock();
        try {
            return catchUpLocked();
        } finally {
            catchUpLock.unlock();
        }
    }

    private String catchUpLocked() {
        IndexState state = repository.state();
        if (state.currentGeneration == viewGeneration && state.revision <= viewRevision) {
            return "none";
        }
        if (state.currentGeneration == viewGeneration) {
            List<IndexRepository.ChangeRow> changes = repository.changesAfter(viewRevision);
            boolean continuous = !changes.isEmpty() && changes.get(0).fromRevision() <= viewRevision;
            Set<String> numbers = new HashSet<>();
            long reached = viewRevision;
            for (IndexRepository.ChangeRow change : changes) {
                if (change.numbers() == null || change.generation() != viewGeneration || change.fromRevision() > reached) {
                    continuous = false;
                    break;
                }
                numbers.addAll(change.numbers());
                reached = change.revision();
            }
            if (continuous) {
                generationLock.readLock().lock();
                try {
                    patch(viewGeneration, numbers);
                } finally {
                    generationLock.readLock().unlock();
                }
                synchronized (versionLock) {
                    if (viewGeneration == state.currentGeneration) {
                        viewRevision = Math.max(viewRevision, reached);
                    }
                }
                return "patched";
            }
        }
        IndexView fresh = repository.loadView(state.currentGeneration);
        generationLock.writeLock().lock();
        try {
            index.replace(fresh);
            viewLoaded(state);
        } finally {
            generationLock.writeLock().unlock();
        }
        snapshotSoon();
        LOG.infof("Index reloaded from the tables: generation %d revision %d, %d numbers", state.currentGeneration,
                state.revision, fresh.numbers());
        return "reloaded";
    }

    /** A local write moved the tables from one revision to the next: the view (patched right after) follows. */
    private void advance(long generation, long fromRevision, long toRevision) {
        synchronized (versionLock) {
            if (generation == viewGeneration && fromRevision == viewRevision) {
                viewRevision = toRevision;
            }
        }
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new IllegalStateException("this replica is shutting down; the next sync leader runs the sync again");
        }
    }

    /** Stops a running sync at its next page, so a rolling restart leaves no run behind. */
    void onShutdown(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        stopping = true;
    }

    private int pageSize() {
        return Math.max(1, Math.min(CwQuery.MAX_PAGE_SIZE, connectWiseConfig.pageSize()));
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

}
