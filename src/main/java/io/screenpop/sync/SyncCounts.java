package io.screenpop.sync;

import java.util.concurrent.atomic.AtomicInteger;

/** Running counts of one sync, updated page by page. */
final class SyncCounts {
    final AtomicInteger contacts = new AtomicInteger();
    final AtomicInteger companies = new AtomicInteger();
    final AtomicInteger indexed = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();

    @Override
    public String toString() {
        return "companies=" + companies + " contacts=" + contacts + " numbersIndexed=" + indexed
                + " numbersSkipped=" + skipped;
    }
}
