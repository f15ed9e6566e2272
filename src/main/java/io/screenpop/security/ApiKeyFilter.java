package io.screenpop.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@link ApiKeyRequired} endpoints. The key is read from {@code x-api-key},
 * {@code Authorization: Bearer <key>} or {@code apikey} (3CX's header); a missing or wrong key
 * answers 401 {@code {"error":"Unauthorized"}}.
 */
public class ApiKeyFilter {

    private final ApiKeys keys;

    /** CDI constructor. */
    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    /**
     * @param request the incoming request
     * @return a 401 answer, or {@code null} to let the request through
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    @ApiKeyRequired
    public Response check(ContainerRequestContext request) {
        return keys.accepts(presentedKey(request)) ? null : unauthorized();
    }

    /**
     * @param request the incoming request
     * @return the key the caller presented, or {@code null}
     */
    public static String presentedKey(ContainerRequestContext request) {
        String key = request.getHeaderString("x-api-key");
        if (key == null) {
            String auth = request.getHeaderString("Authorization");
            if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = auth.substring(7);
            }
        }
        if (key == null) {
            key = request.getHeaderString("apikey");
        }
        return key;
    }

    /** @return 401 with {@code {"error":"Unauthorized"}} */
    public static Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorAnswer("Unauthorized")).build();
    }

    /** @param error the error text */
    public record ErrorAnswer(String error) {
    }
}
