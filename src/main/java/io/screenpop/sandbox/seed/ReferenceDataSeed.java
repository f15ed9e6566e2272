package io.screenpop.sandbox.seed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.store.RecordInfo;
import io.screenpop.sandbox.store.SandboxCollections;

/**
 * Setup tables the pick-or-create flow reads: billing terms ({@code BillingTerm}), tax codes
 * ({@code TaxCode}), locations used as territories ({@code SystemLocation}) and countries ({@code Country});
 * and those call journaling reads: activity types ({@code ActivityType}) and statuses ({@code ActivityStatus}).
 */
final class ReferenceDataSeed {

    private static final Instant ENTERED = Instant.parse("2019-03-01T08:00:00Z");

    private ReferenceDataSeed() {
    }

    /** @return collection path → records in id order */
    static Map<String, List<ObjectNode>> all() {
        return Map.of(
                SandboxCollections.ACTIVITY_TYPES, List.of(
                        record(1, "name", "Call").put("defaultFlag", false).put("inactiveFlag", false),
                        record(2, "name", "Email").put("defaultFlag", false).put("inactiveFlag", false),
                        record(3, "name", "Appointment").put("defaultFlag", true).put("inactiveFlag", false),
                        record(4, "name", "Conference Call").put("defaultFlag", false).put("inactiveFlag", false)),
                SandboxCollections.ACTIVITY_STATUSES, List.of(
                        record(1, "name", "Open").put("defaultFlag", true).put("closedFlag", false).put("inactiveFlag", false),
                        record(2, "name", "Closed").put("defaultFlag", false).put("closedFlag", true).put("inactiveFlag", false)),
                SandboxCollections.BILLING_TERMS, List.of(
                        record(1, "name", "Net 30").put("dueDays", 30).put("defaultFlag", true),
                        record(2, "name", "Net 15").put("dueDays", 15).put("defaultFlag", false),
                        record(3, "name", "Due on receipt").put("dueDays", 0).put("defaultFlag", false)),
                SandboxCollections.TAX_CODES, List.of(
                        record(1, "identifier", "TAX").put("description", "Standard sales tax").put("invoiceCaption", "Tax")
                                .put("defaultFlag", true).put("effectiveDate", "2019-01-01T00:00:00Z"),
                        record(2, "identifier", "EXEMPT").put("description", "Tax exempt").put("invoiceCaption", "Exempt")
                                .put("defaultFlag", false).put("effectiveDate", "2019-01-01T00:00:00Z")),
                SandboxCollections.LOCATIONS, List.of(
                        record(1, "name", "Main"), record(2, "name", "Remote"), record(3, "name", "London")),
                SandboxCollections.COUNTRIES, List.of(
                        record(1, "name", "United States").put("defaultFlag", true),
                        record(2, "name", "United Kingdom").put("defaultFlag", false),
                        record(3, "name", "Canada").put("defaultFlag", false)));
    }

    private static ObjectNode record(long id, String field, String value) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("id", id);
        r.put(field, value);
        ObjectNode info = r.putObject("_info");
        info.put("lastUpdated", RecordInfo.format(ENTERED));
        info.put("dateEntered", RecordInfo.format(ENTERED));
        return r;
    }
}
