package io.screenpop.sync;

/** Why a sync ran. */
public enum SyncKind {
    /** First full sync into an empty index. */
    INITIAL,
    /** Full sync on the {@code SYNC_INTERVAL_HOURS} schedule or at start-up with a stale index. */
    SCHEDULED,
    /** Records whose {@code _info/lastUpdated} moved, every {@code SYNC_INCREMENTAL_MINUTES}. */
    INCREMENTAL,
    /** Full sync asked for with {@code POST /sync}. */
    MANUAL;

    /** @return true for the kinds that re-read everything into a new generation */
    public boolean isFull() {
        return this != INCREMENTAL;
    }
}
