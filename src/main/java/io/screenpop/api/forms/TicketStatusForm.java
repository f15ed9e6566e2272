package io.screenpop.api.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** Form of {@code PATCH /api/tickets/{id}/status}: {@code status}, an id or name of a status of the ticket's board. */
public class TicketStatusForm {

    /** Status id or name, e.g. {@code Waiting}. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 50, message = "must be at most 50 characters")
    public String status;
}
