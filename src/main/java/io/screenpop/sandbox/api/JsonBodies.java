package io.screenpop.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.sandbox.error.CwApiException;

/** Parses request bodies, answering malformed JSON with ConnectWise's 400. */
final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {
    }

    /** @return the parsed body. @throws CwApiException 400 when empty or not JSON */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw CwApiException.invalid("The request body is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw CwApiException.invalid("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
