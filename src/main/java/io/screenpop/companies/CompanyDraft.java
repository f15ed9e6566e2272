package io.screenpop.companies;

/**
 * A new company with its primary contact, as an agent entered it (already validated).
 *
 * @param name         company name (≤ 50)
 * @param address      address line 1
 * @param address2     address line 2, or {@code null}
 * @param city         city
 * @param state        state, two letters for US/CA
 * @param zipCode      postal code
 * @param country      country name, or {@code null} for the default region's country
 * @param companyPhone the company's main line
 * @param territory    territory (system location) name, e.g. "Main"
 * @param firstName    primary contact's first name
 * @param lastName     primary contact's last name
 * @param email        primary contact's e-mail
 * @param phone        primary contact's phone (the caller's number)
 */
public record CompanyDraft(String name, String address, String address2, String city, String state, String zipCode,
        String country, String companyPhone, String territory, String firstName, String lastName, String email,
        String phone) {
}
