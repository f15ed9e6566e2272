package io.screenpop.contacts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.screenpop.phone.ValidPhone;

/**
 * Form (or JSON body) of {@code POST /api/contacts/{id}/move}: {@code company_id}, and optionally the
 * calling {@code phone}, which only chooses where the agent lands afterwards (nothing is written for it).
 */
public class MoveContactForm {

    /** ConnectWise id of the company the contact moves to. */
    @RestForm("company_id")
    @NotNull(message = "is required")
    @Positive(message = "must be a company id")
    public Integer companyId;

    /** The calling number, any format; optional. */
    @RestForm
    @Size(max = 40, message = "must be at most 40 characters")
    @ValidPhone
    public String phone;
}
