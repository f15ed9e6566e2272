package io.screenpop.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.screenpop.phone.ValidPhone;

/** Form of {@code POST /api/contacts/{id}/add-phone}: {@code phone}, {@code phone_type}. */
public class AddPhoneForm {

    /** The number, any format. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most 40 characters")
    @ValidPhone
    public String phone;

    /** Cell, Direct, Mobile, Phone, Fax, or any type name of this ConnectWise; default Cell. */
    @RestForm("phone_type")
    @Size(max = 50, message = "must be at most 50 characters")
    public String phoneType;
}
