package io.screenpop.sandbox.store;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Ticket validation and completion as ConnectWise does it: {@code summary} (≤ 100) and a company
 * are required; the board defaults to the first active one, the status and type to the board's
 * defaults and the priority to the default priority; references are completed; {@code closedFlag}
 * follows the status's {@code closedStatus}. The {@code initial*} texts are accepted on POST and, as
 * the schema says, never returned.
 */
final class TicketRules implements RecordRules {

    private static final String RESOURCE = "ticket";

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        FieldChecks.requireText(record, "summary", RESOURCE);
        FieldChecks.maxLength(record, "summary", 100, RESOURCE);
        References.company(record, "company", RESOURCE, store);
        if (!record.hasNonNull("company")) {
            throw FieldChecks.fieldError(RESOURCE, "company", "NullValue", "The company field is required.");
        }
        References.contact(record, "contact", RESOURCE, store);
        if (record.hasNonNull("contact") && !record.hasNonNull("contactName")) {
            record.set("contactName", record.get("contact").get("name"));
        }
        ObjectNode board = ServiceReferences.board(record, RESOURCE, store);
        long boardId = board.get("id").asLong();
        String boardName = board.path("name").asText();
        ObjectNode status = ServiceReferences.ofBoard(record, "status", SandboxCollections.BOARD_STATUSES, boardId,
                boardName, RESOURCE, store);
        ServiceReferences.ofBoard(record, "type", SandboxCollections.BOARD_TYPES, boardId, boardName, RESOURCE, store);
        ServiceReferences.priority(record, RESOURCE, store);
        ObjectNode owner = ServiceReferences.member(record, "owner", RESOURCE, store);
        if (owner != null && !record.hasNonNull("resources")) {
            record.set("resources", owner.get("identifier"));
        }
        if (!record.hasNonNull("recordType")) {
            record.put("recordType", "ServiceTicket");
        }
        boolean closed = status != null && status.path("closedStatus").asBoolean();
        record.put("closedFlag", closed);
        if (closed && !record.hasNonNull("closedDate")) {
            record.put("closedDate", RecordInfo.format(Instant.now()));
        } else if (!closed) {
            record.remove("closedDate");
            record.remove("closedBy");
        }
        record.remove("initialDescription");
        record.remove("initialInternalAnalysis");
        record.remove("initialResolution");
    }
}
