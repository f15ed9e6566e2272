package io.screenpop.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON request body that cannot be read → 400 {@link ApiError} {@code {"error":"Malformed JSON",…}},
 * never a 500 or an empty 400. Quarkus REST reports broken syntax as a {@link WebApplicationException}
 * caused by Jackson, and a wrong shape (an array where an object belongs) as a
 * {@link MismatchedInputException}; every other {@link WebApplicationException} keeps its own answer.
 */
public class MalformedJsonMapper {

    /** @return 400 for a body of the wrong shape */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return malformed(e);
    }

    /** @return 400 for broken JSON syntax; the exception's own answer otherwise */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        return e.getCause() instanceof JsonProcessingException json ? malformed(json) : e.getResponse();
    }

    private static Response malformed(JsonProcessingException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("Malformed JSON", "The request body is not the JSON object this endpoint expects: "
                        + e.getOriginalMessage()))
                .build();
    }
}
