package io.screenpop.sandbox.store;

import java.util.Set;

/**
 * Top-level field names of the ConnectWise schemas the sandbox serves, copied from
 * {@code components.schemas} of ConnectWise's OpenAPI (ManageTypes.ts, API 2022.1). Conditions,
 * orderBy and PATCH paths must start with one of these; unknown fields in POST/PUT bodies are dropped.
 */
public final class SchemaFields {

    /** Schema {@code Company}. */
    public static final Set<String> COMPANY = Set.of("id", "identifier", "name", "status", "addressLine1",
            "addressLine2", "city", "state", "zip", "country", "phoneNumber", "faxNumber", "website", "territory",
            "market", "accountNumber", "defaultContact", "dateAcquired", "sicCode", "parentCompany", "annualRevenue",
            "numberOfEmployees", "yearEstablished", "revenueYear", "ownershipType", "timeZoneSetup", "leadSource",
            "leadFlag", "unsubscribeFlag", "calendar", "userDefinedField1", "userDefinedField2", "userDefinedField3",
            "userDefinedField4", "userDefinedField5", "userDefinedField6", "userDefinedField7", "userDefinedField8",
            "userDefinedField9", "userDefinedField10", "vendorIdentifier", "taxIdentifier", "taxCode", "billingTerms",
            "invoiceTemplate", "pricingSchedule", "companyEntityType", "billToCompany", "billingSite",
            "billingContact", "invoiceDeliveryMethod", "invoiceToEmailAddress", "invoiceCCEmailAddress",
            "deletedFlag", "dateDeleted", "deletedBy", "mobileGuid", "facebookUrl", "twitterUrl", "linkedInUrl",
            "currency", "territoryManager", "resellerIdentifier", "isVendorFlag", "types", "site", "integratorTags",
            "_info", "customFields");

    /** Schema {@code Contact}. */
    public static final Set<String> CONTACT = Set.of("id", "firstName", "lastName", "company", "site",
            "addressLine1", "addressLine2", "city", "state", "zip", "country", "relationship", "relationshipOverride",
            "department", "inactiveFlag", "defaultMergeContactId", "securityIdentifier", "managerContact",
            "assistantContact", "title", "school", "nickName", "marriedFlag", "childrenFlag", "children",
            "significantOther", "portalPassword", "portalSecurityLevel", "disablePortalLoginFlag", "unsubscribeFlag",
            "gender", "birthDay", "anniversary", "presence", "mobileGuid", "facebookUrl", "twitterUrl",
            "linkedInUrl", "defaultPhoneType", "defaultPhoneNbr", "defaultPhoneExtension", "defaultBillingFlag",
            "defaultFlag", "userDefinedField1", "userDefinedField2", "userDefinedField3", "userDefinedField4",
            "userDefinedField5", "userDefinedField6", "userDefinedField7", "userDefinedField8", "userDefinedField9",
            "userDefinedField10", "companyLocation", "communicationItems", "types", "integratorTags", "customFields",
            "photo", "ignoreDuplicates", "_info", "typeIds");

    /** Schema {@code CommunicationType}. */
    public static final Set<String> COMMUNICATION_TYPE = Set.of("id", "description", "phoneFlag", "faxFlag",
            "emailFlag", "defaultFlag", "exchangeXref", "iphoneXref", "androidXref", "googleXref", "_info");

    /** Schema {@code ContactCommunication} (the {@code /company/contacts/{parentId}/communications} body). */
    public static final Set<String> CONTACT_COMMUNICATION = Set.of("id", "contactId", "type", "value", "extension",
            "defaultFlag", "mobileGuid", "communicationType", "domain", "_info");

    /** Schema {@code ContactCommunicationItem} (an element of a contact's {@code communicationItems}). */
    public static final Set<String> CONTACT_COMMUNICATION_ITEM = Set.of("id", "type", "value", "extension",
            "defaultFlag", "domain", "communicationType");

    /** Schema {@code Activity}. */
    public static final Set<String> ACTIVITY = Set.of("id", "name", "type", "company", "contact", "phoneNumber",
            "email", "status", "opportunity", "ticket", "agreement", "campaign", "notes", "dateStart", "dateEnd",
            "assignedBy", "assignTo", "scheduleStatus", "reminder", "where", "notifyFlag", "mobileGuid", "currency",
            "_info", "customFields");

    /** {@code CallbackEntry} (connectwise-rest 1.3.0, {@code components.schemas.CallbackEntry}). */
    public static final Set<String> CALLBACK_ENTRY = Set.of("id", "description", "url", "objectId", "type", "level",
            "memberId", "payloadVersion", "inactiveFlag", "isSoapCallbackFlag", "isSelfSuppressedFlag", "_info");

    private SchemaFields() {
    }
}
