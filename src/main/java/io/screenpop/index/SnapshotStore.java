package io.screenpop.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Keeps {@link IndexSnapshot} up to date in {@code SCREENPOP_DATA_DIR}: saved once the index has been quiet for two
 * seconds (changes in between are folded into one write), at least once a minute while changes keep coming (a burst
 * of callbacks does not rewrite the whole file every two seconds), and at shutdown; read at start-up. A snapshot
 * behind the tables is never used: the next start reads the tables instead.
 */
@ApplicationScoped
public class SnapshotStore {

    private static final Logger LOG = Logger.getLogger(SnapshotStore.class);
    private static final long QUIET_MS = 2000;
    private static final long MAX_WAIT_MS = 60_000;

    /**
     * The view with the generation and revision it belongs to, captured together.
     *
     * @param generation index generation
     * @param revision   index revision
     * @param view       the view
     */
    public record Capture(long generation, long revision, IndexView view) {
    }

    private final Path file;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "screenpop-snapshot");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Supplier<Capture> source;
    private volatile long lastRequest;
    private volatile long pendingSince;

    /** @param dataDir {@code SCREENPOP_DATA_DIR} */
    public SnapshotStore(@ConfigProperty(name = "screenpop.data-dir", defaultValue = "./data") String dataDir) {
        this.file = Path.of(dataDir).resolve(IndexSnapshot.FILE);
    }

    /**
     * Starts reading the snapshot file on a thread of its own, so that at start-up the read overlaps
     * the database work that tells whether the snapshot is current.
     *
     * @return the file's contents when read (empty when missing or damaged), for {@link #load(CompletableFuture, long, long)}
     */
    public CompletableFuture<Optional<IndexSnapshot.Contents>> readAhead() {
        return CompletableFuture.supplyAsync(() -> IndexSnapshot.read(file),
                task -> new Thread(task, "screenpop-snapshot-read").start());
    }

    /**
     * @param ahead      a read started by {@link #readAhead()}; waited for
     * @param generation the live generation in the database
     * @param revision   the live revision in the database
     * @return the view from the snapshot when it was taken at exactly this generation and revision
     */
    public Optional<IndexView> load(CompletableFuture<Optional<IndexSnapshot.Contents>> ahead, long generation,
            long revision) {
        return ahead.join().filter(c -> c.generation() == generation && c.revision() == revision)
                .map(IndexSnapshot.Contents::view);
    }

    /**
     * Saves a snapshot once the index has been quiet for two seconds, or a minute after the first unsaved change.
     *
     * @param capture supplies the view with its generation and revision at write time
     */
    public void saveSoon(Supplier<Capture> capture) {
        source = capture;
        long now = System.nanoTime();
        lastRequest = now;
        if (pending.compareAndSet(false, true)) {
            pendingSince = now;
            writer.schedule(this::saveWhenQuiet, QUIET_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void saveWhenQuiet() {
        long now = System.nanoTime();
        long quietFor = TimeUnit.NANOSECONDS.toMillis(now - lastRequest);
        long waited = TimeUnit.NANOSECONDS.toMillis(now - pendingSince);
        if (quietFor < QUIET_MS && waited < MAX_WAIT_MS) {
            writer.schedule(this::saveWhenQuiet, Math.min(QUIET_MS - quietFor, MAX_WAIT_MS - waited),
                    TimeUnit.MILLISECONDS);
            return;
        }
        saveNow();
    }

    private void saveNow() {
        pending.set(false);
        Supplier<Capture> capture = source;
        if (capture == null) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            Capture c = capture.get();
            IndexSnapshot.write(file, c.generation(), c.revision(), c.view());
            LOG.debugf("Index snapshot saved: generation %d revision %d, %d entries in %d ms", c.generation(),
                    c.revision(), c.view().entries(), (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Index snapshot not saved (the next start reads the tables instead): %s", e.getMessage());
        }
    }

    /** Writes a pending snapshot at shutdown, while the database can still say which revision it is. */
    void flush(@Observes ShutdownEvent event) {
        writer.shutdownNow();
        if (pending.get()) {
            saveNow();
        }
    }
}
