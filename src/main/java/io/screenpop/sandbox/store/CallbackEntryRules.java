package io.screenpop.sandbox.store;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Callback registration validation as ConnectWise does it: {@code url}, {@code objectId}, {@code type} and
 * {@code level} are required, {@code description} is at most 100 characters, and the level must be one the type
 * knows ("Unrecognized level for type"). Levels per type: ConnectWise's callback documentation, as collected in
 * {@code shared/connectwise.md}.
 */
final class CallbackEntryRules implements RecordRules {

    private static final String RESOURCE = "callbackEntry";
    private static final Map<String, Set<String>> LEVELS = Map.of(
            "contact", Set.of("owner", "type", "territory", "company", "contact"),
            "company", Set.of("owner", "status", "type", "territory", "company", "integratortag"),
            "ticket", Set.of("owner", "board", "status", "ticket"));

    @Override
    public void apply(ObjectNode record, SandboxStore store) {
        FieldChecks.requireText(record, "url", RESOURCE);
        String type = FieldChecks.requireText(record, "type", RESOURCE);
        String level = FieldChecks.requireText(record, "level", RESOURCE);
        FieldChecks.maxLength(record, "description", 100, RESOURCE);
        if (!record.path("objectId").canConvertToInt()) {
            throw FieldChecks.fieldError(RESOURCE, "objectId", "NullValue", "The objectId field is required.");
        }
        Set<String> levels = LEVELS.get(type.toLowerCase());
        if (levels == null || !levels.contains(level.toLowerCase())) {
            throw FieldChecks.fieldError(RESOURCE, "level", "InvalidField", "Unrecognized level for type");
        }
        if (!record.hasNonNull("inactiveFlag")) {
            record.put("inactiveFlag", false);
        }
        if (!record.hasNonNull("payloadVersion")) {
            record.put("payloadVersion", "1");
        }
    }
}
