package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Per-collection validation and completion applied to a record before every create or update. */
@FunctionalInterface
public interface RecordRules {

    /** No rules: any record is accepted as is. */
    RecordRules NONE = (record, store) -> {
    };

    /**
     * @param record the record about to be stored (it has an {@code id} on update, none on create); may be modified
     * @param store read access to other records, e.g. to resolve references
     * @throws io.screenpop.sandbox.error.CwApiException 400 when the record is invalid
     */
    void apply(ObjectNode record, SandboxStore store);
}
