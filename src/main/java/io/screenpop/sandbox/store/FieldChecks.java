package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.error.CwApiException;
import io.screenpop.sandbox.error.CwFieldError;

/** Field validations shared by the record rules, failing with ConnectWise's 400 {@code InvalidObject} body. */
final class FieldChecks {

    private FieldChecks() {
    }

    /** @return the trimmed-non-empty text of a required string field */
    static String requireText(ObjectNode record, String field, String resource) {
        JsonNode value = record.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fieldError(resource, field, "NullValue", "The " + field + " field is required.");
        }
        return value.asText();
    }

    /** Fails when a present string field is longer than the schema allows. */
    static void maxLength(ObjectNode record, String field, int max, String resource) {
        JsonNode value = record.get(field);
        if (value != null && value.isTextual() && value.asText().length() > max) {
            throw fieldError(resource, field, "InvalidField",
                    "The " + field + " field must be at most " + max + " characters.");
        }
    }

    /** @return a 400 naming one field */
    static CwApiException fieldError(String resource, String field, String code, String message) {
        return CwApiException.invalidObject(resource, new CwFieldError(code, message, resource, field));
    }
}
