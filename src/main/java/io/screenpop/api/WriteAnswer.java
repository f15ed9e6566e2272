package io.screenpop.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of every write of the JSON API, e.g.
 * {@code {"success":true,"contact_id":456,"message":"Contact created successfully"}} or
 * {@code {"success":false,"message":"…","errors":{"state":"must be two letters"}}}.
 *
 * @param success     whether the write happened
 * @param message     what happened, in words an agent understands
 * @param companyId   the company created or written to, or {@code null}
 * @param contactId   the contact created or written to, or {@code null}
 * @param errors      field → reason, for validation failures; {@code null} otherwise
 * @param warnings    what did not work although the main write did (e.g. finance activation)
 * @param redirectUrl where the page sends the agent after success (the screenpop target)
 * @param openphone   outcome of the OpenPhone contact push, when configured
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteAnswer(boolean success, String message,
        @JsonProperty("company_id") Integer companyId,
        @JsonProperty("contact_id") Integer contactId,
        Map<String, String> errors,
        List<String> warnings,
        @JsonProperty("redirect_url") String redirectUrl,
        Object openphone) {

    /** @return a failure with a message only */
    public static WriteAnswer failure(String message) {
        return new WriteAnswer(false, message, null, null, null, null, null, null);
    }

    /** @return a validation failure naming each bad field */
    public static WriteAnswer invalid(String message, Map<String, String> errors) {
        return new WriteAnswer(false, message, null, null, errors, null, null, null);
    }
}
