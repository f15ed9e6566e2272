package io.screenpop.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Form (or JSON body, {@link io.screenpop.api.JsonForms}) of {@code POST /api/tickets/{id}/log-change}:
 * {@code note_text}, {@code internal}, {@code member_identifier} (required with time), {@code minutes}
 * or {@code hours} (optional), {@code status} (optional; JSON also {@code statusId}), e.g.
 * {@code {"noteText":"Reset the printer","memberIdentifier":"tlopez","hours":0.25}}.
 */
public class LogChangeForm extends TimeSpentForm {

    /** The note about the call. */
    @RestForm("note_text")
    @NotBlank(message = "is required")
    @Size(max = 10000, message = "must be at most 10000 characters")
    public String noteText;

    /** {@code true} for an internal note, otherwise a discussion (detail) note. */
    @RestForm
    public boolean internal;

    /** The agent's ConnectWise member; required when time is given. */
    @RestForm("member_identifier")
    @Size(max = 15, message = "must be at most 15 characters")
    public String memberIdentifier;

    /** New status id or name; optional. */
    @RestForm
    @JsonAlias("statusId")
    @Size(max = 50, message = "must be at most 50 characters")
    public String status;
}
