package io.screenpop.sync;

import java.time.Instant;
import java.util.Map;

/**
 * The ConnectWise callbacks' state as the Sync page shows it, from {@link ChangeFeed#status()} (the same values as
 * {@code callbacks} in {@code /sync/status}).
 *
 * @param enabled          whether callbacks are registered, or being registered
 * @param offReason        why they are off, for people, or {@code null}
 * @param url              where ConnectWise delivers them, or {@code null}
 * @param healthy          one arrived, or the registrations were confirmed, in the last hour
 * @param lastReceived     local time of the last verified callback, e.g. {@code Dec 1, 14:05:12}, or {@code null}
 * @param lastReceivedIso  the same instant in ISO-8601, or {@code null}
 * @param confirmed        local time the registrations were last confirmed at ConnectWise, or {@code null}
 * @param confirmedIso     the same instant in ISO-8601, or {@code null}
 * @param error            why the last registration attempt failed, or {@code null}
 * @param received         callbacks received since start (signed or not)
 * @param applied          changes applied to the index
 * @param rejected         refused (missing or wrong signature, foreign key URL, unreadable body)
 * @param stale            ignored as older than what the index holds
 */
public record CallbacksView(boolean enabled, String offReason, String url, boolean healthy, String lastReceived,
        String lastReceivedIso, String confirmed, String confirmedIso, String error, long received, long applied,
        long rejected, long stale) {

    /**
     * @param status {@link ChangeFeed#status()}
     * @return its view
     */
    public static CallbacksView of(Map<String, Object> status) {
        Instant last = status.get("lastReceivedAt") instanceof Instant i ? i : null;
        Instant confirmed = status.get("registrationConfirmedAt") instanceof Instant i ? i : null;
        return new CallbacksView(Boolean.TRUE.equals(status.get("enabled")), text(status, "offReason"),
                text(status, "url"), Boolean.TRUE.equals(status.get("healthy")), SyncRunView.local(last),
                last == null ? null : last.toString(), SyncRunView.local(confirmed),
                confirmed == null ? null : confirmed.toString(), text(status, "registrationError"),
                number(status, "received"), number(status, "applied"), number(status, "rejected"), number(status, "stale"));
    }

    private static String text(Map<String, Object> status, String key) {
        Object value = status.get(key);
        return value == null ? null : value.toString();
    }

    private static long number(Map<String, Object> status, String key) {
        return status.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
