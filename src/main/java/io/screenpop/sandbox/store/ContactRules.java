package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Contact validation: {@code firstName} is required; the company reference is completed to
 * {@code {id, identifier, name}}; communication items are completed (ids, type names, Phone/Fax/Email)
 * and the default-phone fields derived from them.
 */
final class ContactRules implements RecordRules {

    private static final String RESOURCE = "contact";

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        FieldChecks.requireText(record, "firstName", RESOURCE);
        References.company(record, "company", RESOURCE, store);
        References.contact(record, "managerContact", RESOURCE, store);
        References.contact(record, "assistantContact", RESOURCE, store);
        if (!record.has("inactiveFlag")) {
            record.put("inactiveFlag", false);
        }
        JsonNode items = record.get("communicationItems");
        if (items != null && !items.isNull()) {
            if (!items.isArray()) {
                throw FieldChecks.fieldError(RESOURCE, "communicationItems", "InvalidField", "communicationItems must be an array.");
            }
            ArrayNode normalized = record.arrayNode();
            for (JsonNode item : items) {
                normalized.add(CommunicationItems.normalize(item, RESOURCE, store));
            }
            record.set("communicationItems", normalized);
        }
        DefaultPhone.apply(record);
    }
}
