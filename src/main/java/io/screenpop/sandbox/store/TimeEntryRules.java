package io.screenpop.sandbox.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Time entry validation: a member and {@code timeStart} are required, and either {@code timeEnd}
 * (after the start; {@code actualHours} is then computed) or {@code actualHours}. Time charged to a
 * service ticket ({@code chargeToType} defaults to ServiceTicket when {@code chargeToId} is set) needs
 * an existing ticket and takes its company.
 */
final class TimeEntryRules implements RecordRules {

    private static final String RESOURCE = "timeEntry";

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        if (ServiceReferences.member(record, "member", RESOURCE, store) == null) {
            throw FieldChecks.fieldError(RESOURCE, "member", "NullValue", "The member field is required.");
        }
        Instant start = instant(FieldChecks.requireText(record, "timeStart", RESOURCE), "timeStart");
        if (record.hasNonNull("timeEnd")) {
            Instant end = instant(record.get("timeEnd").asText(), "timeEnd");
            if (!end.isAfter(start)) {
                throw FieldChecks.fieldError(RESOURCE, "timeEnd", "InvalidField", "The timeEnd must be after timeStart.");
            }
            if (!record.hasNonNull("actualHours")) {
                record.put("actualHours", BigDecimal.valueOf(Duration.between(start, end).toSeconds())
                        .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));
            }
        } else if (!record.hasNonNull("actualHours")) {
            throw FieldChecks.fieldError(RESOURCE, "actualHours", "NullValue", "Either timeEnd or actualHours is required.");
        }
        if (record.hasNonNull("chargeToId") && !record.hasNonNull("chargeToType")) {
            record.put("chargeToType", "ServiceTicket");
        }
        if ("ServiceTicket".equals(record.path("chargeToType").asText())) {
            long ticketId = record.path("chargeToId").asLong();
            ObjectNode ticket = store.find(SandboxCollections.TICKETS, ticketId).orElseThrow(() -> FieldChecks.fieldError(
                    RESOURCE, "chargeToId", "InvalidField", "The ticket with id " + ticketId + " was not found."));
            record.set("company", ticket.get("company").deepCopy());
            ObjectNode ref = record.putObject("ticket");
            ref.put("id", ticketId);
            ref.set("summary", ticket.get("summary"));
        }
        if (!record.hasNonNull("billableOption")) {
            record.put("billableOption", "Billable");
        }
        if (!record.hasNonNull("status")) {
            record.put("status", "Open");
        }
        if (!record.hasNonNull("dateEntered")) {
            record.put("dateEntered", RecordInfo.format(Instant.now()));
        }
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw FieldChecks.fieldError(RESOURCE, field, "InvalidField",
                    "The " + field + " must be a UTC date-time like 2025-06-01T12:00:00Z.");
        }
    }
}
