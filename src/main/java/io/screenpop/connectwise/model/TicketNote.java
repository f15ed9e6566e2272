package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A ticket note ({@code /service/tickets/{parentId}/notes}, schema {@code ServiceNote}). ConnectWise
 * files it under the discussion ({@code detailDescriptionFlag}) or the internal analysis
 * ({@code internalAnalysisFlag}).
 *
 * @param id                    note id
 * @param ticketId              the ticket
 * @param text                  the note
 * @param detailDescriptionFlag customer-visible discussion
 * @param internalAnalysisFlag  internal note
 * @param member                the member who wrote it {identifier}, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketNote(Integer id, Integer ticketId, String text, Boolean detailDescriptionFlag,
        Boolean internalAnalysisFlag, Reference member) {
}
