package io.screenpop.companies;

/**
 * A company as the autocomplete shows it.
 *
 * @param id         ConnectWise company id
 * @param name       name
 * @param identifier identifier
 * @param city       city
 * @param state      state
 * @param phone      main line as stored
 * @param label      e.g. {@code ACME Corporation - San Jose, CA}
 */
public record CompanySummary(int id, String name, String identifier, String city, String state, String phone,
        String label) {
}
