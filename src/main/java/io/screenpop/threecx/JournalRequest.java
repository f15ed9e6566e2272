package io.screenpop.threecx;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.screenpop.activities.CallReport;
import io.screenpop.activities.CallReport.Direction;
import io.screenpop.index.PhoneLookup;
import io.screenpop.phone.NormalizedPhone;

/**
 * Body of {@code POST /api/3cx/journal}: 3CX's call report as its CRM template sends it (every value
 * as text, as 3CX's {@code PostValues} do), e.g.
 * {@code {"number":"+14085551213","agent":"204","call_type":"Inbound","direction":"Inbound",
 * "start":"2025-06-02T15:04:05Z","duration":"00:03:12"}}.
 *
 * @param number    the other party's number (required)
 * @param agent     the agent's extension, digits (optional: a call missed in a queue has none)
 * @param direction {@code inbound} or {@code outbound}; taken from {@code call_type} when absent
 * @param callType  3CX's {@code [CallType]}: {@code Inbound}, {@code Outbound} (answered), {@code Missed},
 *                  {@code Notanswered}
 * @param answered  {@code true}/{@code false}; taken from {@code call_type} when absent
 * @param start     start time, ISO-8601 ({@code 2025-06-02T15:04:05Z}; without an offset it is UTC) (required)
 * @param duration  seconds, {@code mm:ss}, {@code hh:mm:ss} or ISO-8601 ({@code PT3M12S}); 0 when absent
 */
public record JournalRequest(String number, String agent, String direction,
        @JsonProperty("call_type") String callType, String answered, String start, String duration) {

    private static final Pattern EXTENSION = Pattern.compile("\\d{1,10}");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,4}):)?(\\d{1,2}):(\\d{1,2})");

    /** Invalid fields of a call report: field → reason. */
    public static class InvalidReportException extends RuntimeException {

        private final Map<String, String> errors;

        InvalidReportException(Map<String, String> errors) {
            super("Please correct: " + errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
            this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        /** @return field → reason */
        public Map<String, String> errors() {
            return errors;
        }
    }

    /**
     * @param lookup normalises the number as screenpops do
     * @return the validated report
     * @throws InvalidReportException naming every invalid field
     */
    public CallReport toReport(PhoneLookup lookup) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<NormalizedPhone> phone = Optional.empty();
        if (blank(number)) {
            errors.put("number", "is required");
        } else {
            phone = lookup.normalize(number);
            if (phone.isEmpty()) {
                errors.put("number", "is not a phone number");
            }
        }
        if (!blank(agent) && !EXTENSION.matcher(agent.strip()).matches()) {
            errors.put("agent", "must be the agent's extension (up to 10 digits)");
        }
        String type = blank(callType) ? null : callType.strip().toLowerCase(Locale.ROOT);
        if (type != null && !type.matches("inbound|outbound|missed|notanswered")) {
            errors.put("call_type", "must be Inbound, Outbound, Missed or Notanswered");
            type = null;
        }
        Direction dir = direction(type, errors);
        Boolean wasAnswered = answered(type, errors);
        Instant started = start(errors);
        Duration length = duration(errors);
        if (!errors.isEmpty()) {
            throw new InvalidReportException(errors);
        }
        return new CallReport(phone.orElseThrow().e164(), blank(agent) ? null : agent.strip(), dir, started,
                wasAnswered ? length : Duration.ZERO, wasAnswered, "3CX");
    }

    private Direction direction(String type, Map<String, String> errors) {
        if (!blank(direction)) {
            switch (direction.strip().toLowerCase(Locale.ROOT)) {
                case "inbound", "incoming", "in" -> {
                    return Direction.INBOUND;
                }
                case "outbound", "outgoing", "out" -> {
                    return Direction.OUTBOUND;
                }
                default -> errors.put("direction", "must be inbound or outbound");
            }
            return null;
        }
        if (type == null) {
            errors.putIfAbsent("direction", "is required (inbound or outbound), or send call_type");
            return null;
        }
        return type.equals("inbound") || type.equals("missed") ? Direction.INBOUND : Direction.OUTBOUND;
    }

    private Boolean answered(String type, Map<String, String> errors) {
        if (!blank(answered)) {
            switch (answered.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "answered" -> {
                    return true;
                }
                case "false", "no", "0", "missed", "notanswered" -> {
                    return false;
                }
                default -> errors.put("answered", "must be true or false");
            }
            return false;
        }
        if (type == null) {
            errors.putIfAbsent("answered", "is required (true or false), or send call_type");
            return false;
        }
        return type.equals("inbound") || type.equals("outbound");
    }

    private Instant start(Map<String, String> errors) {
        if (blank(start)) {
            errors.put("start", "is required");
            return null;
        }
        String value = start.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.put("start", "must be a date and time like 2025-06-02T15:04:05Z");
                return null;
            }
        }
    }

    private Duration duration(Map<String, String> errors) {
        if (blank(duration)) {
            return Duration.ZERO;
        }
        String value = duration.strip();
        try {
            if (value.matches("\\d{1,7}")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            Matcher clock = CLOCK.matcher(value);
            if (clock.matches()) {
                long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
                return Duration.ofSeconds(hours * 3600 + Long.parseLong(clock.group(2)) * 60 + Long.parseLong(clock.group(3)));
            }
            Duration iso = Duration.parse(value);
            if (!iso.isNegative()) {
                return iso;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        errors.put("duration", "must be seconds, mm:ss or hh:mm:ss");
        return Duration.ZERO;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
