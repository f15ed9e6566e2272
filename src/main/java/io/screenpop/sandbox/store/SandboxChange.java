package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record of the sandbox was created, changed or deleted through its API or its control endpoints (a CDI event,
 * fired after the change is stored; seeding and reset fire none).
 *
 * @param collection the collection path, e.g. {@code company/contacts}
 * @param action     {@code added}, {@code updated} or {@code deleted}, ConnectWise's callback actions
 * @param id         the record's id
 * @param record     a copy of the stored record, or {@code null} when deleted
 */
public record SandboxChange(String collection, String action, long id, ObjectNode record) {

    /** ConnectWise's callback action for a new record. */
    public static final String ADDED = "added";
    /** ConnectWise's callback action for a changed record. */
    public static final String UPDATED = "updated";
    /** ConnectWise's callback action for a deleted record. */
    public static final String DELETED = "deleted";
}
