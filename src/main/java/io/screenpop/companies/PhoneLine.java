package io.screenpop.companies;

/**
 * A number as pages show it.
 *
 * @param display   formatted for people, e.g. {@code (408) 555-1212}
 * @param e164      E.164 form, for {@code tel:} links
 * @param type      ConnectWise type name (Direct, Cell …) or Main/Fax
 * @param extension extension digits, or {@code null}
 * @param caller    this is the number calling now
 */
public record PhoneLine(String display, String e164, String type, String extension, boolean caller) {
}
