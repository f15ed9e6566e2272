package io.screenpop.sandbox.conditions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the date-time forms found in ConnectWise data and conditions; a value without a zone is UTC. */
final class InstantParser {

    private InstantParser() {
    }

    /** @return the instant, or null when the text is not an ISO-8601 date or date-time */
    static Instant parse(String text) {
        if (text == null || text.length() < 10 || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the zone-less forms
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
