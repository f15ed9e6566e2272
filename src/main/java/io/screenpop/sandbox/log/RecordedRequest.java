package io.screenpop.sandbox.log;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One ConnectWise API call received by the sandbox.
 *
 * @param at when it was answered
 * @param method HTTP method
 * @param path path relative to the API base, e.g. {@code /company/contacts/5/communications}
 * @param query decoded query parameters
 * @param body the JSON request body, or null (none, or not JSON)
 * @param status the HTTP status answered
 */
public record RecordedRequest(Instant at, String method, String path, Map<String, List<String>> query, JsonNode body, int status) {

    /** @return the first value of a query parameter (name case-insensitive), or null */
    public String param(String name) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
