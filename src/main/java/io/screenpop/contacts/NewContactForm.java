package io.screenpop.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.screenpop.phone.ValidPhone;

/** Form of {@code POST /api/contacts/create}. Name lengths follow ConnectWise's contact screen (30 characters). */
public class NewContactForm {

    /** ConnectWise company id. */
    @RestForm("company_id")
    @NotNull(message = "is required")
    @Positive(message = "must be a company id")
    public Integer companyId;

    /** First name. */
    @RestForm("first_name")
    @NotBlank(message = "is required")
    @Size(max = 30, message = "must be at most 30 characters")
    public String firstName;

    /** Last name. */
    @RestForm("last_name")
    @NotBlank(message = "is required")
    @Size(max = 30, message = "must be at most 30 characters")
    public String lastName;

    /** The number, any format. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most 40 characters")
    @ValidPhone
    public String phone;

    /** E-mail, optional. */
    @RestForm
    @Email(message = "is not a valid e-mail address")
    @Size(max = 250, message = "must be at most 250 characters")
    public String email;

    /** Phone type name; default Cell. */
    @RestForm("phone_type")
    @Size(max = 50, message = "must be at most 50 characters")
    public String phoneType;
}
