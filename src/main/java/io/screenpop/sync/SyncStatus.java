package io.screenpop.sync;

/** Outcome of a sync run. */
public enum SyncStatus {
    /** Still reading. */
    RUNNING,
    /** Finished; the index shows its result. */
    SUCCEEDED,
    /** Stopped by an error; the previous index stayed in place. */
    FAILED
}
