package io.screenpop.api;

import java.util.Locale;
import java.util.Map;

/**
 * The label agents see for a form field, as the pages print it: {@code first_name} → "First name",
 * {@code zip_code} → "ZIP", {@code member_identifier} → "Technician". Errors name fields by these
 * labels, never by their internal names.
 */
public final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Company name"),
            Map.entry("company_id", "Company"),
            Map.entry("contact_id", "Contact"),
            Map.entry("company_phone", "Company phone"),
            Map.entry("zip_code", "ZIP"),
            Map.entry("address2", "Address 2"),
            Map.entry("email", "E-mail"),
            Map.entry("phone_type", "Phone type"),
            Map.entry("member_identifier", "Technician"),
            Map.entry("note_text", "Note"),
            Map.entry("minutes", "Time spent"),
            Map.entry("hours", "Time spent"),
            Map.entry("q", "Search"));

    private FieldLabels() {
    }

    /**
     * @param field a form field name in snake_case
     * @return its label, e.g. "First name"
     */
    public static String of(String field) {
        String known = LABELS.get(field);
        if (known != null) {
            return known;
        }
        String words = field.replace('_', ' ').strip();
        return words.isEmpty() ? "This field" : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * @param field  a form field name in snake_case
     * @param reason why it is wrong: a phrase ("is required") or already a sentence ("Choose a board")
     * @return a sentence naming the field by its label, e.g. "First name is required"
     */
    public static String sentence(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            return of(field) + " is not valid";
        }
        return Character.isLowerCase(reason.charAt(0)) ? of(field) + " " + reason : reason;
    }
}
