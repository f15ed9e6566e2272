package io.screenpop.sandbox.store;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds a contact communication item (schema {@code ContactCommunicationItem}) from a submitted one:
 * resolves {@code type} by id or name against {@code /company/communicationTypes} (filling the name),
 * derives {@code communicationType} (Phone/Fax/Email) from the type's flags, assigns an id when
 * missing and defaults {@code defaultFlag} to false.
 */
final class CommunicationItems {

    private CommunicationItems() {
    }

    /**
     * @param submitted the item as sent (unknown fields are dropped)
     * @param field field name for error messages ({@code communicationItems} or {@code value} ...)
     * @return a new, complete item
     */
    static ObjectNode normalize(JsonNode submitted, String resource, SandboxStore store) {
        if (submitted == null || !submitted.isObject()) {
            throw FieldChecks.fieldError(resource, "communicationItems", "InvalidField", "A communication item must be an object.");
        }
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        long id = submitted.path("id").canConvertToLong() && submitted.path("id").asLong() > 0
                ? submitted.get("id").asLong() : store.nextCommunicationItemId();
        item.put("id", id);
        ObjectNode type = resolveType(submitted.get("type"), resource, store);
        item.set("type", typeReference(type));
        JsonNode value = submitted.get("value");
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw FieldChecks.fieldError(resource, "value", "NullValue", "The value field is required.");
        }
        item.put("value", value.asText());
        if (submitted.hasNonNull("extension") && !submitted.get("extension").asText().isEmpty()) {
            item.put("extension", submitted.get("extension").asText());
        }
        item.put("defaultFlag", submitted.path("defaultFlag").asBoolean(false));
        if (submitted.hasNonNull("domain")) {
            item.put("domain", submitted.get("domain").asText());
        }
        String kind = submitted.hasNonNull("communicationType") ? submitted.get("communicationType").asText() : kindOf(type);
        if (!kind.equals("Phone") && !kind.equals("Fax") && !kind.equals("Email")) {
            throw FieldChecks.fieldError(resource, "communicationType", "InvalidField",
                    "communicationType must be one of Phone, Fax, Email.");
        }
        item.put("communicationType", kind);
        return item;
    }

    /** @return a CommunicationTypeReference {@code {id, name}} for a stored type */
    static ObjectNode typeReference(ObjectNode type) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("id", type.get("id").asLong());
        ref.set("name", type.get("description"));
        return ref;
    }

    private static ObjectNode resolveType(JsonNode ref, String resource, SandboxStore store) {
        if (ref == null || !ref.isObject()) {
            throw FieldChecks.fieldError(resource, "type", "NullValue", "The type field is required.");
        }
        if (ref.path("id").canConvertToLong()) {
            long id = ref.get("id").asLong();
            return store.find(SandboxCollections.COMMUNICATION_TYPES, id).orElseThrow(() ->
                    FieldChecks.fieldError(resource, "type", "InvalidField", "The communication type with id " + id + " was not found."));
        }
        String name = ref.path("name").asText("");
        Iterator<Map.Entry<Long, ObjectNode>> types = store.require(SandboxCollections.COMMUNICATION_TYPES).records().entrySet().iterator();
        while (types.hasNext()) {
            ObjectNode type = types.next().getValue();
            if (type.path("description").asText().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw FieldChecks.fieldError(resource, "type", "InvalidField", "The communication type '" + name + "' was not found.");
    }

    private static String kindOf(ObjectNode type) {
        if (type.path("emailFlag").asBoolean(false)) {
            return "Email";
        }
        return type.path("faxFlag").asBoolean(false) ? "Fax" : "Phone";
    }
}
