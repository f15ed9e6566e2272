package io.screenpop.companies;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.screenpop.phone.ValidPhone;

/**
 * Form of {@code POST /api/companies/create}: the company (lengths from the schema's
 * {@code Company}: name and address lines 50, zip 12, phone 30) and its primary contact.
 */
@ValidAddress
public class NewCompanyForm {

    /** Company name. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 50, message = "must be at most 50 characters")
    public String name;

    /** The company's main line. */
    @RestForm("company_phone")
    @NotBlank(message = "is required")
    @Size(max = 30, message = "must be at most 30 characters")
    @ValidPhone
    public String companyPhone;

    /** Address line 1. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 50, message = "must be at most 50 characters")
    public String address;

    /** Address line 2. */
    @RestForm
    @Size(max = 50, message = "must be at most 50 characters")
    public String address2;

    /** City. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 50, message = "must be at most 50 characters")
    public String city;

    /** State: two letters in the US and Canada. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 50, message = "must be at most 50 characters")
    public String state;

    /** ZIP or postal code. */
    @RestForm("zip_code")
    @NotBlank(message = "is required")
    public String zipCode;

    /** Country name; blank for the default region's country. */
    @RestForm
    @Size(max = 50, message = "must be at most 50 characters")
    public String country;

    /** Territory name; default Main. */
    @RestForm
    @Size(max = 50, message = "must be at most 50 characters")
    public String territory;

    /** Primary contact's first name. */
    @RestForm("first_name")
    @NotBlank(message = "is required")
    @Size(max = 30, message = "must be at most 30 characters")
    public String firstName;

    /** Primary contact's last name. */
    @RestForm("last_name")
    @NotBlank(message = "is required")
    @Size(max = 30, message = "must be at most 30 characters")
    public String lastName;

    /** Primary contact's e-mail. */
    @RestForm
    @NotBlank(message = "is required")
    @Email(message = "is not a valid e-mail address")
    @Size(max = 250, message = "must be at most 250 characters")
    public String email;

    /** Primary contact's phone (the caller's number). */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most 40 characters")
    @ValidPhone
    public String phone;

    /** @return the form as the service's input */
    public CompanyDraft toDraft() {
        return new CompanyDraft(name, address, address2, city, state, zipCode, country, companyPhone,
                territory == null || territory.isBlank() ? "Main" : territory, firstName, lastName, email, phone);
    }
}
