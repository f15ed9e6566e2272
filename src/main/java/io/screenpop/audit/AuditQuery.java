package io.screenpop.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import io.screenpop.api.InvalidInputException;

/**
 * Filters of the audit trail ({@code /admin/audit}, {@code GET /api/audit}); every one optional.
 *
 * @param who     part of the actor (e-mail, {@code API key …} or address), any case
 * @param action  an action name, e.g. {@code ticket.note}
 * @param outcome {@code success}, {@code refused} or {@code failed}
 * @param from    first day (UTC), inclusive
 * @param to      last day (UTC), inclusive
 * @param before  only rows with a smaller id (the next page)
 * @param limit   rows, 1 to 500
 */
public record AuditQuery(String who, String action, String outcome, LocalDate from, LocalDate to, Long before,
        int limit) {

    /** Rows when no limit is given. */
    public static final int DEFAULT_LIMIT = 100;
    /** Outcomes an event can have. */
    public static final Set<String> OUTCOMES = Set.of("success", "refused", "failed");

    /**
     * Parses the query parameters.
     *
     * @return the query
     * @throws InvalidInputException 400 naming {@code outcome}, {@code from}, {@code to} or {@code limit} when malformed
     */
    public static AuditQuery parse(String who, String action, String outcome, String from, String to, Long before,
            Integer limit) {
        String wantedOutcome = blank(outcome) ? null : outcome.strip().toLowerCase(Locale.ROOT);
        if (wantedOutcome != null && !OUTCOMES.contains(wantedOutcome)) {
            throw new InvalidInputException("outcome", "must be success, refused or failed");
        }
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        if (rows < 1 || rows > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return new AuditQuery(blank(who) ? null : who.strip(), blank(action) ? null : action.strip(), wantedOutcome,
                first, last, before, rows);
    }

    /** @return the first instant included, or {@code null} */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** @return the first instant no longer included, or {@code null} */
    Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-12-01");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
