package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Company validation as ConnectWise does it: {@code name} (≤ 50) and a unique {@code identifier}
 * (≤ 25, compared case-insensitively) are required; references to contacts and companies are
 * completed; a missing {@code status} defaults to Active.
 */
final class CompanyRules implements RecordRules {

    private static final String RESOURCE = "company";

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        FieldChecks.requireText(record, "name", RESOURCE);
        FieldChecks.maxLength(record, "name", 50, RESOURCE);
        String identifier = FieldChecks.requireText(record, "identifier", RESOURCE);
        FieldChecks.maxLength(record, "identifier", 25, RESOURCE);
        long self = record.path("id").asLong(0);
        for (ObjectNode other : store.require(SandboxCollections.COMPANIES).records().values()) {
            if (other.path("id").asLong() != self && identifier.equalsIgnoreCase(other.path("identifier").asText())) {
                throw FieldChecks.fieldError(RESOURCE, "identifier", "ObjectExists", "The identifier is already in use.");
            }
        }
        if (!record.hasNonNull("status")) {
            ObjectNode status = record.putObject("status");
            status.put("id", 1);
            status.put("name", "Active");
        }
        References.contact(record, "defaultContact", RESOURCE, store);
        References.contact(record, "billingContact", RESOURCE, store);
        References.company(record, "billToCompany", RESOURCE, store);
        References.company(record, "parentCompany", RESOURCE, store);
    }
}
