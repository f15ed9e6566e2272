package io.screenpop.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Form (or JSON body, {@link io.screenpop.api.JsonForms}) of {@code PATCH /api/tickets/{id}/status}:
 * {@code status} (JSON also {@code statusId}), an id or name of a status of the ticket's board.
 */
public class TicketStatusForm {

    /** Status id or name, e.g. {@code Waiting}. */
    @RestForm
    @JsonAlias("statusId")
    @NotBlank(message = "is required")
    @Size(max = 50, message = "must be at most 50 characters")
    public String status;
}
