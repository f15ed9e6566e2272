package io.screenpop.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Running counts of one sync, updated page by page. */
final class SyncCounts {
    final AtomicInteger contacts = new AtomicInteger();
    final AtomicInteger companies = new AtomicInteger();
    final AtomicInteger indexed = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    /** Distinct numbers of the live index and of the new generation (full syncs), or {@code null}. */
    Integer liveNumbers;
    Integer newNumbers;
    /** Whether the full sync was refused by the {@code SYNC_MIN_RATIO} check. */
    boolean refused;
    /** Wall time of each phase in milliseconds, in order. */
    final Map<String, Long> phases = new LinkedHashMap<>();
    private long phaseStart = System.nanoTime();

    /** Ends the current phase under this name and starts the next. */
    void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, (now - phaseStart) / 1_000_000);
        phaseStart = now;
    }

    @Override
    public String toString() {
        return "companies=" + companies + " contacts=" + contacts + " numbersIndexed=" + indexed
                + " numbersSkipped=" + skipped + (phases.isEmpty() ? "" : " phasesMs=" + phases);
    }
}
