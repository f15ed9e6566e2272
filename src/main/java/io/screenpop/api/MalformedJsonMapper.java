package io.screenpop.api;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON request body that cannot be read → 400 naming the problem, never a 500 or an empty 400, and
 * nothing is written. The machine API ({@code /api/lookup}, {@code /api/3cx}) answers its
 * {@link ApiError} {@code {"error":"Malformed JSON","message":…}}; the write API answers its
 * {@link WriteAnswer} {@code {"success":false,"message":…,"errors":{"body":…}}}. Quarkus REST reports
 * broken syntax as a {@link WebApplicationException} caused by Jackson, and a wrong shape (an array
 * where an object belongs) as a {@link MismatchedInputException}; every other
 * {@link WebApplicationException} keeps its own answer.
 */
public class MalformedJsonMapper {

    /** @return 400 for a body of the wrong shape */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    /** @return 400 for broken JSON syntax; the exception's own answer otherwise */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e, UriInfo uri) {
        return e.getCause() instanceof JsonProcessingException json ? malformed(json, uri) : e.getResponse();
    }

    private static Response malformed(JsonProcessingException e, UriInfo uri) {
        String problem = "The request body is not the JSON object this endpoint expects: " + e.getOriginalMessage();
        String path = uri == null ? "" : uri.getPath();
        Object body = path.startsWith("/api/lookup") || path.startsWith("/api/3cx")
                ? ApiError.of("Malformed JSON", problem)
                : WriteAnswer.invalid("Malformed JSON: " + problem + ". Nothing was changed.",
                        Map.of("body", "is not valid JSON: " + e.getOriginalMessage()));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
