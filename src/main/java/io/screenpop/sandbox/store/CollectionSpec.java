package io.screenpop.sandbox.store;

import java.util.Set;

/**
 * One ConnectWise collection served by the sandbox.
 *
 * @param path API path relative to {@code /v4_6_release/apis/3.0}, e.g. {@code company/contacts}
 * @param resource singular name used in error messages, e.g. {@code contact}
 * @param fields the schema's top-level field names; empty accepts any field
 * @param rules validation and completion before writes
 */
public record CollectionSpec(String path, String resource, Set<String> fields, RecordRules rules) {

    /** A collection without schema checks or rules (for quick additions). */
    public static CollectionSpec plain(String path, String resource) {
        return new CollectionSpec(path, resource, Set.of(), RecordRules.NONE);
    }

    /** @return true when {@code field} (a top-level name) exists in the schema, or no schema is known */
    public boolean knows(String field) {
        return fields.isEmpty() || fields.contains(field);
    }
}
