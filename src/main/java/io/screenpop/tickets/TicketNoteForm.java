package io.screenpop.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/**
 * Form (or JSON body, {@link io.screenpop.api.JsonForms}) of {@code POST /api/tickets/{id}/notes}:
 * {@code text}, {@code internal}, optional {@code member_identifier}.
 */
public class TicketNoteForm {

    /** The note. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 10000, message = "must be at most 10000 characters")
    public String text;

    /** {@code true} for an internal note, otherwise a discussion (detail) note the customer can see. */
    @RestForm
    public boolean internal;

    /** The member writing the note; optional. */
    @RestForm("member_identifier")
    @Size(max = 15, message = "must be at most 15 characters")
    public String memberIdentifier;
}
