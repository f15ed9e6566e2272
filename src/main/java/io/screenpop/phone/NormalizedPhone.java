package io.screenpop.phone;

/**
 * A phone number in E.164 form with its extension kept apart.
 *
 * @param e164      the number as {@code +<country code><national number>}, e.g. {@code +14085551212}
 * @param extension the extension digits, or {@code null} when there is none
 */
public record NormalizedPhone(String e164, String extension) {
}
