package io.screenpop.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/**
 * Form (or JSON body, {@link io.screenpop.api.JsonForms}) of {@code POST /api/tickets}. The summary's
 * limit is the schema's ({@code Ticket.summary} 100); board and priority are ids or names. Without a
 * board, {@code TICKET_DEFAULT_BOARD} or the only active service board is used; without a priority,
 * {@code TICKET_DEFAULT_PRIORITY} or ConnectWise's own default ({@link TicketDefaults}).
 */
public class NewTicketForm {

    /** ConnectWise company id. */
    @RestForm("company_id")
    @NotNull(message = "is required")
    @Positive(message = "must be a company id")
    public Integer companyId;

    /** The contact the ticket is for; optional. */
    @RestForm("contact_id")
    @Positive(message = "must be a contact id")
    public Integer contactId;

    /** One-line summary. */
    @RestForm
    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    public String summary;

    /** The problem in the caller's words; becomes the ticket's first discussion note. */
    @RestForm
    @Size(max = 10000, message = "must be at most 10000 characters")
    public String description;

    /** Board id or name, e.g. {@code Help Desk}; optional ({@link TicketDefaults}). */
    @RestForm
    @Size(max = 50, message = "must be at most 50 characters")
    public String board;

    /** Priority id or name; optional. */
    @RestForm
    @Size(max = 50, message = "must be at most 50 characters")
    public String priority;
}
