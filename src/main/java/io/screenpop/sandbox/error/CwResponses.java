package io.screenpop.sandbox.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds sandbox responses as pre-serialised {@code application/json} bytes, so any {@code Accept}
 * header (including ConnectWise's {@code application/vnd.connectwise.com+json; version=2022.1}) works.
 */
public final class CwResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CwResponses() {
    }

    /** @return a JSON response with the given status */
    public static Response json(int status, Object body) {
        try {
            return Response.status(status).entity(MAPPER.writeValueAsBytes(body)).type(MediaType.APPLICATION_JSON_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise sandbox response", e);
        }
    }

    /** @return a builder holding a JSON body, to add headers to */
    public static Response.ResponseBuilder builder(int status, Object body) {
        return Response.fromResponse(json(status, body));
    }

    /** @return the ConnectWise error response for an exception */
    public static Response error(CwApiException e) {
        return json(e.status(), e.error());
    }
}
