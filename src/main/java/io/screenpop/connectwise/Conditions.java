package io.screenpop.connectwise;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds ConnectWise {@code conditions} / {@code childConditions} strings so that user text can
 * never end a string literal or act as a wildcard.
 * <p>
 * Syntax per ConnectWise's REST guide: {@code field op value} joined with {@code and}/{@code or},
 * strings in double quotes, numbers and booleans bare, dates in square brackets (UTC), nested
 * fields with {@code /}. Inside a string literal a backslash and a double quote are escaped with
 * a backslash. Inside a {@code like} pattern the SQL Server LIKE metacharacters of the user's text
 * ({@code %}, {@code _}, {@code [}) are bracket-escaped, so only our own {@code %} wildcards match
 * anything. Field names are code, not input: anything but letters, digits, {@code _} and {@code /}
 * is refused.
 * <p>
 * Instances are immutable; combine them with {@link #and(Conditions...)} and {@link #or(Conditions...)}.
 */
public final class Conditions {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*");

    private final String text;

    private Conditions(String text) {
        this.text = text;
    }

    /** {@code field = "value"}. @throws IllegalArgumentException if {@code field} is not a field path */
    public static Conditions eq(String field, String value) {
        return new Conditions(field(field) + " = " + quote(value));
    }

    /** {@code field = 42}. */
    public static Conditions eq(String field, long value) {
        return new Conditions(field(field) + " = " + value);
    }

    /** {@code field = true}. */
    public static Conditions eq(String field, boolean value) {
        return new Conditions(field(field) + " = " + value);
    }

    /** {@code field != "value"}. */
    public static Conditions notEq(String field, String value) {
        return new Conditions(field(field) + " != " + quote(value));
    }

    /** {@code field > [2025-01-01T00:00:00Z]}: records changed after an instant (second precision, UTC). */
    public static Conditions after(String field, Instant instant) {
        return new Conditions(field(field) + " > [" + instant.truncatedTo(ChronoUnit.SECONDS) + "]");
    }

    /** {@code field = [2025-01-01T00:00:00Z]}: a date-time field at an instant (second precision, UTC). */
    public static Conditions at(String field, Instant instant) {
        return new Conditions(field(field) + " = [" + instant.truncatedTo(ChronoUnit.SECONDS) + "]");
    }

    /** {@code field like "%text%"}: the field contains the user's text literally. */
    public static Conditions containsText(String field, String userText) {
        return new Conditions(field(field) + " like " + quote("%" + escapeLike(userText) + "%"));
    }

    /** {@code field like "text%"}: the field starts with the user's text literally. */
    public static Conditions startsWithText(String field, String userText) {
        return new Conditions(field(field) + " like " + quote(escapeLike(userText) + "%"));
    }

    /** {@code field in (1,2,3)}. @throws IllegalArgumentException if {@code ids} is empty */
    public static Conditions in(String field, Collection<? extends Number> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("in() needs at least one value");
        }
        return new Conditions(field(field) + " in ("
                + ids.stream().map(n -> Long.toString(n.longValue())).collect(Collectors.joining(",")) + ")");
    }

    /** All parts must hold; each part is parenthesised. */
    public static Conditions and(Conditions... parts) {
        return join(" and ", parts);
    }

    /** Any part may hold; each part is parenthesised. */
    public static Conditions or(Conditions... parts) {
        return join(" or ", parts);
    }

    /** @return this condition combined with {@code other} by {@code and} */
    public Conditions and(Conditions other) {
        return and(this, other);
    }

    /**
     * Escapes text for use between the double quotes of a ConnectWise string literal.
     *
     * @param value any text, including quotes, backslashes and unicode
     * @return the text with {@code \} and {@code "} backslash-escaped
     */
    public static String escapeString(String value) {
        return Objects.requireNonNull(value, "value").replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * Escapes the SQL Server LIKE metacharacters of user text ({@code [}, {@code %}, {@code _}) with brackets.
     *
     * @param value any text
     * @return text that matches itself literally inside a {@code like} pattern
     */
    public static String escapeLike(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '[' -> out.append("[[]");
                case '%' -> out.append("[%]");
                case '_' -> out.append("[_]");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String quote(String value) {
        return '"' + escapeString(value) + '"';
    }

    private static String field(String field) {
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("Not a ConnectWise field path: " + field);
        }
        return field;
    }

    private static Conditions join(String operator, Conditions... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("at least one condition is needed");
        }
        if (parts.length == 1) {
            return parts[0];
        }
        return new Conditions(Arrays.stream(parts).map(p -> "(" + p.text + ")").collect(Collectors.joining(operator)));
    }

    /** @return the conditions string to pass as the {@code conditions} or {@code childConditions} query parameter */
    @Override
    public String toString() {
        return text;
    }
}
