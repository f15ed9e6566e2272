package io.screenpop.sync;

/** Outcome of a sync run. */
public enum SyncStatus {
    /** Asked for ({@code POST /sync}) and waiting for the sync leader, whichever replica that is. */
    QUEUED,
    /** Still reading. */
    RUNNING,
    /** Finished; the index shows its result. */
    SUCCEEDED,
    /** Stopped by an error; the previous index stayed in place. */
    FAILED,
    /**
     * Read completely, but its generation held fewer than {@code SYNC_MIN_RATIO} of the live index's
     * numbers (ConnectWise answered {@code []}, a proxy stripped the {@code Link} header, paging
     * stopped early), so it was not made live; the previous index stayed in place.
     */
    REFUSED
}
