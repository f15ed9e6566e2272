package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Communication type validation: a {@code description} and at least one of phone/fax/email flags. */
final class CommunicationTypeRules implements RecordRules {

    private static final String RESOURCE = "communicationType";

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        FieldChecks.requireText(record, "description", RESOURCE);
        if (!record.path("phoneFlag").asBoolean(false) && !record.path("faxFlag").asBoolean(false)
                && !record.path("emailFlag").asBoolean(false)) {
            throw FieldChecks.fieldError(RESOURCE, "phoneFlag", "InvalidField",
                    "At least one flag is required to be true -- phone, fax, or email.");
        }
    }
}
