package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /company/companies} (schema {@code Company}; identifier ≤ 25, name ≤ 50,
 * address fields ≤ 50, zip ≤ 12, phoneNumber ≤ 30 characters).
 *
 * @param identifier   unique short code
 * @param name         company name
 * @param addressLine1 address line 1
 * @param addressLine2 address line 2, or {@code null}
 * @param city         city
 * @param state        state
 * @param zip          postal code
 * @param country      country by name, or {@code null}
 * @param phoneNumber  main line
 * @param territory    territory (a system location) by id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewCompany(String identifier, String name, String addressLine1, String addressLine2, String city,
        String state, String zip, Reference country, String phoneNumber, Reference territory) {
}
