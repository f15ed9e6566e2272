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

    /** Billing terms (Net 30 ...). */
    public static final String BILLING_TERMS = "finance/billingTerms";
    /** Tax codes. */
    public static final String TAX_CODES = "finance/taxCodes";
    /** Locations, which companies reference as their territory. */
    public static final String LOCATIONS = "system/locations";
    /** Sales activities (call logs, meetings ...). */
    public static final String ACTIVITIES = "sales/activities";
    /** Activity types (Call, Email ...). */
    public static final String ACTIVITY_TYPES = "sales/activities/types";
    /** Activity statuses (Open, Closed). */
    public static final String ACTIVITY_STATUSES = "sales/activities/statuses";
    /** Countries. */
    public static final String COUNTRIES = "company/countries";

    /** Every served collection, in seeding order. */
    public static final List<CollectionSpec> ALL = List.of(
            new CollectionSpec(COMMUNICATION_TYPES, "communicationType", SchemaFields.COMMUNICATION_TYPE, new CommunicationTypeRules()),
            new CollectionSpec(COMPANIES, "company", SchemaFields.COMPANY, new CompanyRules()),
            new CollectionSpec(CONTACTS, "contact", SchemaFields.CONTACT, new ContactRules()),
            CollectionSpec.plain(BILLING_TERMS, "billingTerm"),
            CollectionSpec.plain(TAX_CODES, "taxCode"),
            CollectionSpec.plain(ACTIVITY_TYPES, "activityType"),
            CollectionSpec.plain(ACTIVITY_STATUSES, "activityStatus"),
            new CollectionSpec(ACTIVITIES, "activity", SchemaFields.ACTIVITY, new ActivityRules()),
            CollectionSpec.plain(LOCATIONS, "location"),
            CollectionSpec.plain(COUNTRIES, "country"));

    private SandboxCollections() {
    }
}
