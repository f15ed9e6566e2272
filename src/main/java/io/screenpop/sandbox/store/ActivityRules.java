package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Activity validation as ConnectWise does it: {@code name} (≤ 100) is required, {@code phoneNumber}
 * is at most 30; {@code type} and {@code status} must name existing activity types and statuses
 * (completed with their names; a missing status defaults to the default one); company and contact
 * references are completed.
 */
final class ActivityRules implements RecordRules {

    private static final String RESOURCE = "activity";

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        FieldChecks.requireText(record, "name", RESOURCE);
        FieldChecks.maxLength(record, "name", 100, RESOURCE);
        FieldChecks.maxLength(record, "phoneNumber", 30, RESOURCE);
        named(record, "type", SandboxCollections.ACTIVITY_TYPES, store);
        if (!record.hasNonNull("status")) {
            store.require(SandboxCollections.ACTIVITY_STATUSES).records().values().stream()
                    .filter(s -> s.path("defaultFlag").asBoolean()).findFirst()
                    .ifPresent(s -> record.putObject("status").put("id", s.get("id").asLong()));
        }
        named(record, "status", SandboxCollections.ACTIVITY_STATUSES, store);
        References.company(record, "company", RESOURCE, store);
        References.contact(record, "contact", RESOURCE, store);
    }

    /** Completes a {@code {id}} reference to a named setup record as {@code {id, name}}; 400 when it does not exist. */
    private static void named(ObjectNode record, String field, String collection, SandboxStore store) {
        JsonNode ref = record.get(field);
        if (ref == null || ref.isNull()) {
            record.remove(field);
            return;
        }
        long id = ref.path("id").asLong(0);
        ObjectNode target = store.find(collection, id).orElseThrow(() -> FieldChecks.fieldError(RESOURCE, field,
                "InvalidField", "The " + field + " with id " + id + " was not found."));
        ObjectNode completed = record.putObject(field);
        completed.put("id", id);
        completed.set("name", target.get("name"));
    }
}
