package io.screenpop.tickets;

import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/**
 * Form (or JSON body, {@link io.screenpop.api.JsonForms}) of {@code POST /api/tickets/{id}/time}:
 * {@code member_identifier}, {@code minutes} or {@code hours}, {@code notes}.
 */
public class TimeEntryForm extends TimeSpentForm {

    /**
     * The member whose time it is: required from API-key callers and with sign-in off; a signed-in agent's
     * own member is used when it is left out.
     */
    @RestForm("member_identifier")
    @Size(max = 15, message = "must be at most 15 characters")
    public String memberIdentifier;

    /** What was done; optional. */
    @RestForm
    @Size(max = 10000, message = "must be at most 10000 characters")
    public String notes;
}
