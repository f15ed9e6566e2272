package io.screenpop.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One sync run as the Sync page shows it. Any outcome other than succeeded or running (failed, or
 * outcomes added later such as a refused run) is shown as a problem with its message.
 *
 * @param id        run id
 * @param kind      "Full (scheduled)", "Incremental" …
 * @param status    "Succeeded", "Running", "Failed", "Refused" …
 * @param problem   true when the run did not succeed and is not running
 * @param running   true while it runs
 * @param started   local start time, e.g. {@code Dec 1, 14:05:12}
 * @param iso       start instant, ISO-8601
 * @param duration  e.g. {@code 3.4 s}, {@code 1 min 12 s}, or {@code —} while running
 * @param companies companies read
 * @param contacts  contacts read
 * @param indexed   numbers indexed
 * @param skipped   values that were not phone numbers
 * @param message   why it did not succeed, or {@code null}
 * @param replica   the replica that ran it ({@code HOSTNAME}), or {@code null} while it waits for the sync leader
 */
public record SyncRunView(long id, String kind, String status, boolean problem, boolean running, String started,
        String iso, String duration, int companies, int contacts, int indexed, int skipped, String message,
        String replica) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", Locale.ENGLISH);

    /**
     * @param log a {@code sync_log} row
     * @return its view
     */
    public static SyncRunView of(SyncLog log) {
        String status = log.status == null ? "Unknown" : words(log.status.name());
        boolean running = log.status == SyncStatus.RUNNING || log.status == SyncStatus.QUEUED;
        boolean problem = !running && log.status != SyncStatus.SUCCEEDED;
        return new SyncRunView(log.id, kind(log.kind), status, problem, running,
                log.startedAt == null ? "" : TIME.format(log.startedAt.atZone(ZoneId.systemDefault())),
                log.startedAt == null ? "" : log.startedAt.toString(), duration(log.startedAt, log.finishedAt),
                log.companiesRead, log.contactsRead, log.numbersIndexed, log.numbersSkipped,
                log.errorText == null || log.errorText.isBlank() ? null : log.errorText, log.replica);
    }

    /**
     * @param instant a moment, or {@code null}
     * @return it in the server's time zone for people, e.g. {@code Dec 1, 14:05:12}, or {@code null}
     */
    public static String local(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static String kind(SyncKind kind) {
        if (kind == null) {
            return "Sync";
        }
        return switch (kind) {
            case INITIAL -> "Full (first)";
            case SCHEDULED -> "Full (scheduled)";
            case MANUAL -> "Full (started by hand)";
            case INCREMENTAL -> "Incremental";
        };
    }

    /**
     * @param start when it started
     * @param end   when it ended, or {@code null}
     * @return e.g. {@code 850 ms}, {@code 3.4 s}, {@code 1 min 12 s}, or an em dash while running
     */
    static String duration(Instant start, Instant end) {
        if (start == null || end == null) {
            return "—";
        }
        long ms = Duration.between(start, end).toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ENGLISH, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        return s / 60 + " min " + s % 60 + " s";
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
