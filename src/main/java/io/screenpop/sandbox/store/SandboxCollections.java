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

    /** Service tickets. */
    public static final String TICKETS = "service/tickets";
    /** Notes of a ticket, served under {@code service/tickets/{parentId}/notes} ({@link ChildCollections}). */
    public static final String TICKET_NOTES = "service/tickets/{parentId}/notes";
    /** Time entries. */
    public static final String TIME_ENTRIES = "time/entries";
    /** Service boards (Help Desk, Projects ...). */
    public static final String BOARDS = "service/boards";
    /** Statuses of a board, served under {@code service/boards/{parentId}/statuses}. */
    public static final String BOARD_STATUSES = "service/boards/{parentId}/statuses";
    /** Ticket types of a board, served under {@code service/boards/{parentId}/types}. */
    public static final String BOARD_TYPES = "service/boards/{parentId}/types";
    /** Ticket priorities with their colours. */
    public static final String PRIORITIES = "service/priorities";
    /** Members (technicians). */
    public static final String MEMBERS = "system/members";
    /** Callback (webhook) registrations ({@code CallbackEntry}). */
    public static final String CALLBACKS = "system/callbacks";

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
            CollectionSpec.plain(COUNTRIES, "country"),
            CollectionSpec.plain(MEMBERS, "member"),
            new CollectionSpec(CALLBACKS, "callbackEntry", SchemaFields.CALLBACK_ENTRY, new CallbackEntryRules()),
            CollectionSpec.plain(PRIORITIES, "priority"),
            CollectionSpec.plain(BOARDS, "board"),
            new CollectionSpec(BOARD_STATUSES, "boardStatus", ServiceSchemaFields.BOARD_STATUS, RecordRules.NONE),
            CollectionSpec.plain(BOARD_TYPES, "boardType"),
            new CollectionSpec(TICKETS, "ticket", ServiceSchemaFields.TICKET, new TicketRules()),
            new CollectionSpec(TICKET_NOTES, "serviceNote", ServiceSchemaFields.SERVICE_NOTE, new ServiceNoteRules()),
            new CollectionSpec(TIME_ENTRIES, "timeEntry", ServiceSchemaFields.TIME_ENTRY, new TimeEntryRules()));

    private SandboxCollections() {
    }
}
