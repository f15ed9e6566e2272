package io.screenpop.connectwise.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A time entry ({@code /time/entries}, schema {@code TimeEntry}) charged to a service ticket.
 *
 * @param id                         entry id
 * @param chargeToId                 the ticket
 * @param chargeToType               {@code ServiceTicket}
 * @param member                     the member whose time it is {identifier}
 * @param timeStart                  start, UTC, e.g. {@code 2025-06-01T10:00:00Z}
 * @param timeEnd                    end, UTC
 * @param actualHours                hours worked
 * @param notes                      what was done
 * @param addToDetailDescriptionFlag whether ConnectWise copies the notes into the ticket's discussion
 * @param addToInternalAnalysisFlag  whether ConnectWise copies the notes into the internal analysis
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeEntry(Integer id, Integer chargeToId, String chargeToType, Reference member, String timeStart,
        String timeEnd, BigDecimal actualHours, String notes, Boolean addToDetailDescriptionFlag,
        Boolean addToInternalAnalysisFlag) {
}
