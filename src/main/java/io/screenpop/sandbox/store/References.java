package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Completes reference fields ({@code {id}} objects) the way ConnectWise returns them: a company
 * reference gets {@code identifier} and {@code name}, a contact reference gets {@code name}.
 * A reference to a missing record is a 400; a null or id-less reference is removed.
 */
final class References {

    private References() {
    }

    /** Completes {@code record.field} as a CompanyReference {@code {id, identifier, name}}. */
    static void company(ObjectNode record, String field, String resource, SandboxStore store) {
        ObjectNode target = resolve(record, field, resource, store, SandboxCollections.COMPANIES);
        if (target != null) {
            ObjectNode ref = record.putObject(field);
            ref.put("id", target.get("id").asLong());
            ref.set("identifier", target.get("identifier"));
            ref.set("name", target.get("name"));
        }
    }

    /** Completes {@code record.field} as a ContactReference {@code {id, name}}. */
    static void contact(ObjectNode record, String field, String resource, SandboxStore store) {
        ObjectNode target = resolve(record, field, resource, store, SandboxCollections.CONTACTS);
        if (target != null) {
            ObjectNode ref = record.putObject(field);
            ref.put("id", target.get("id").asLong());
            ref.put("name", (target.path("firstName").asText("") + " " + target.path("lastName").asText("")).trim());
        }
    }

    private static ObjectNode resolve(ObjectNode record, String field, String resource, SandboxStore store, String collection) {
        JsonNode ref = record.get(field);
        if (ref == null) {
            return null;
        }
        if (!ref.isObject() || !ref.path("id").canConvertToLong() || ref.path("id").asLong() <= 0) {
            record.remove(field);
            return null;
        }
        long id = ref.get("id").asLong();
        return store.find(collection, id).orElseThrow(() -> FieldChecks.fieldError(resource, field, "InvalidField",
                "The " + field + " with id " + id + " was not found."));
    }
}
