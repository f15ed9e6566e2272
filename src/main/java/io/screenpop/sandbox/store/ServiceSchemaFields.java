package io.screenpop.sandbox.store;

import java.util.Set;

/**
 * Top-level field names of the service-desk schemas the sandbox serves (tickets, their notes, time
 * entries, board statuses), copied from {@code components.schemas} of ConnectWise's OpenAPI
 * (ManageTypes.ts, API 2022.1). Like {@link SchemaFields}: unknown fields in bodies are dropped,
 * unknown fields in conditions, orderBy and PATCH paths are refused.
 */
public final class ServiceSchemaFields {

    /** Schema {@code Ticket} ({@code /service/tickets}). */
    public static final Set<String> TICKET = Set.of("id", "summary", "recordType", "board", "status", "workRole",
            "workType", "company", "site", "siteName", "addressLine1", "addressLine2", "city", "stateIdentifier", "zip",
            "country", "contact", "contactName", "contactPhoneNumber", "contactPhoneExtension", "contactEmailAddress",
            "type", "subType", "item", "team", "owner", "priority", "serviceLocation", "source", "requiredDate",
            "budgetHours", "opportunity", "agreement", "severity", "impact", "externalXRef", "poNumber",
            "knowledgeBaseCategoryId", "knowledgeBaseSubCategoryId", "allowAllClientsPortalView", "customerUpdatedFlag",
            "automaticEmailContactFlag", "automaticEmailResourceFlag", "automaticEmailCcFlag", "automaticEmailCc",
            "initialDescription", "initialInternalAnalysis", "initialResolution", "initialDescriptionFrom",
            "contactEmailLookup", "processNotifications", "skipCallback", "closedDate", "closedBy", "closedFlag",
            "actualHours", "approved", "estimatedExpenseCost", "estimatedExpenseRevenue", "estimatedProductCost",
            "estimatedProductRevenue", "estimatedTimeCost", "estimatedTimeRevenue", "billingMethod", "billingAmount",
            "hourlyRate", "subBillingMethod", "subBillingAmount", "subDateAccepted", "dateResolved", "dateResplan",
            "dateResponded", "resolveMinutes", "resPlanMinutes", "respondMinutes", "isInSla", "knowledgeBaseLinkId",
            "resources", "parentTicketId", "hasChildTicket", "hasMergedChildTicketFlag", "knowledgeBaseLinkType",
            "billTime", "billExpenses", "billProducts", "predecessorType", "predecessorId", "predecessorClosedFlag",
            "lagDays", "lagNonworkingDaysFlag", "estimatedStartDate", "duration", "location", "department",
            "mobileGuid", "sla", "slaStatus", "currency", "mergedParentTicket", "integratorTags", "_info",
            "customFields");

    /** Schema {@code ServiceNote} ({@code /service/tickets/{parentId}/notes}). */
    public static final Set<String> SERVICE_NOTE = Set.of("id", "ticketId", "text", "detailDescriptionFlag",
            "internalAnalysisFlag", "resolutionFlag", "issueFlag", "member", "contact", "customerUpdatedFlag",
            "processNotifications", "dateCreated", "createdBy", "internalFlag", "externalFlag", "_info");

    /** Schema {@code TimeEntry} ({@code /time/entries}). */
    public static final Set<String> TIME_ENTRY = Set.of("id", "company", "chargeToId", "chargeToType", "member",
            "locationId", "businessUnitId", "workType", "workRole", "agreement", "timeStart", "timeEnd", "hoursDeduct",
            "actualHours", "billableOption", "notes", "internalNotes", "addToDetailDescriptionFlag",
            "addToInternalAnalysisFlag", "addToResolutionFlag", "emailResourceFlag", "emailContactFlag", "emailCcFlag",
            "emailCc", "hoursBilled", "invoiceHours", "enteredBy", "dateEntered", "invoice", "mobileGuid", "hourlyRate",
            "overageRate", "agreementHours", "agreementAmount", "timeSheet", "status", "ticket", "project", "phase",
            "_info", "customFields");

    /** Schema {@code BoardStatus} ({@code /service/boards/{parentId}/statuses}). */
    public static final Set<String> BOARD_STATUS = Set.of("id", "name", "board", "sortOrder", "displayOnBoard",
            "inactive", "closedStatus", "timeEntryNotAllowed", "defaultFlag", "escalationStatus",
            "customerPortalDescription", "customerPortalFlag", "emailTemplate", "statusIndicator",
            "customStatusIndicatorName", "_info");

    private ServiceSchemaFields() {
    }
}
