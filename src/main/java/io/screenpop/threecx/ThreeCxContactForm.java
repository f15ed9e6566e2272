package io.screenpop.threecx;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.screenpop.phone.ValidPhone;

/**
 * Body of {@code POST /api/3cx/contacts}, 3CX's {@code CreateContactRecordFromClient}
 * ({@code [FirstName] [LastName] [Number] [Email] [Company]}), read by {@link io.screenpop.api.JsonForms}
 * (camelCase or snake_case keys). Lengths as {@code POST /api/contacts/create} (ConnectWise's contact
 * screen: names 30) and {@code Company.name} 50.
 */
public class ThreeCxContactForm {

    /** First name. */
    @NotBlank(message = "is required")
    @Size(max = 30, message = "must be at most 30 characters")
    public String firstName;

    /** Last name. */
    @NotBlank(message = "is required")
    @Size(max = 30, message = "must be at most 30 characters")
    public String lastName;

    /** The number, any format (3CX sends it with its {@code +}). */
    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most 40 characters")
    @ValidPhone
    public String number;

    /** E-mail, optional (3CX sends an empty value when there is none). */
    @Email(message = "is not a valid e-mail address")
    @Size(max = 250, message = "must be at most 250 characters")
    public String email;

    /** The company's name, exactly as in ConnectWise (any case). */
    @NotBlank(message = "is required")
    @Size(max = 50, message = "must be at most 50 characters")
    public String company;
}
