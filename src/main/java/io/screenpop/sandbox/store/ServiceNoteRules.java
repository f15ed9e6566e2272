package io.screenpop.sandbox.store;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Ticket note validation: {@code text} is required and at least one of {@code detailDescriptionFlag},
 * {@code internalAnalysisFlag}, {@code resolutionFlag} must be true (ConnectWise files the note under
 * one of them); the member and contact references are completed and {@code dateCreated} stamped.
 */
final class ServiceNoteRules implements RecordRules {

    private static final String RESOURCE = "serviceNote";

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        FieldChecks.requireText(record, "text", RESOURCE);
        if (!record.path("detailDescriptionFlag").asBoolean() && !record.path("internalAnalysisFlag").asBoolean()
                && !record.path("resolutionFlag").asBoolean()) {
            throw FieldChecks.fieldError(RESOURCE, "detailDescriptionFlag", "InvalidField",
                    "One of detailDescriptionFlag, internalAnalysisFlag or resolutionFlag must be true.");
        }
        ObjectNode member = ServiceReferences.member(record, "member", RESOURCE, store);
        References.contact(record, "contact", RESOURCE, store);
        record.put("internalFlag", record.path("internalAnalysisFlag").asBoolean());
        record.put("externalFlag", record.path("detailDescriptionFlag").asBoolean());
        if (!record.hasNonNull("dateCreated")) {
            record.put("dateCreated", RecordInfo.format(Instant.now()));
        }
        if (member != null && !record.hasNonNull("createdBy")) {
            record.set("createdBy", member.get("identifier"));
        }
    }
}
