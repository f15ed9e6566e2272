package io.screenpop.sync;

/**
 * CDI event: a run was queued in {@code sync_log} ({@code POST /sync}); the sync leader should pick it up now rather
 * than at its next tick.
 *
 * @param runId the queued run
 */
public record SyncRequested(long runId) {
}
