package io.screenpop.sandbox.store;

import java.util.List;

/**
 * The collections the sandbox serves. Add one with one line, e.g.
 * {@code CollectionSpec.plain("finance/billingTerms", "billingTerm")}, or with a schema field set and
 * rules. Paths must exist in ConnectWise's OpenAPI.
 */
public final class SandboxCollections {

    /** Company records. */
    public static final String COMPANIES = "company/companies";
    /** Contact records. */
    public static final String CONTACTS = "company/contacts";
    /** Communication types (Direct, Cell, Email ...). */
    public static final String COMMUNICATION_TYPES = "company/communicationTypes";

    /** Every served collection, in seeding order. */
    public static final List<CollectionSpec> ALL = List.of(
            new CollectionSpec(COMMUNICATION_TYPES, "communicationType", SchemaFields.COMMUNICATION_TYPE, new CommunicationTypeRules()),
            new CollectionSpec(COMPANIES, "company", SchemaFields.COMPANY, new CompanyRules()),
            new CollectionSpec(CONTACTS, "contact", SchemaFields.CONTACT, new ContactRules()));

    private SandboxCollections() {
    }
}
