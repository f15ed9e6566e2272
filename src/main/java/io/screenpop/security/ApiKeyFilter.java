package io.screenpop.security;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.screenpop.api.ApiError;

/**
 * Guards {@link ApiKeyRequired} endpoints. The key is read from a header only ({@link ApiKeys#presented}:
 * {@code x-api-key}, {@code Authorization: Bearer <key>} or {@code apikey}, 3CX's), never from a query
 * string, which ends up in access logs and browser histories; a missing or wrong key
 * answers 401 {@code {"error":"Unauthorized"}}. A key over its rate limit ({@link ApiRateLimiter})
 * answers 429 with {@code Retry-After} (seconds) and an {@link ApiError} body.
 */
public class ApiKeyFilter {

    /** Request property holding the accepted key's identity ({@link ApiKeys#identify}), for call records. */
    public static final String IDENTITY = "screenpop.api-key-identity";

    private final ApiKeys keys;
    private final ApiRateLimiter limiter;

    /** CDI constructor. */
    public ApiKeyFilter(ApiKeys keys, ApiRateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    /**
     * @param request the incoming request
     * @return a 401 or 429 answer, or {@code null} to let the request through
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    @ApiKeyRequired
    public Response check(ContainerRequestContext request) {
        return guard(request, presentedKey(request));
    }

    private Response guard(ContainerRequestContext request, String presented) {
        Optional<String> key = keys.identify(presented);
        if (key.isEmpty()) {
            return unauthorized();
        }
        request.setProperty(IDENTITY, key.get());
        OptionalLong wait = limiter.acquire(key.get());
        return wait.isPresent() ? tooManyRequests(wait.getAsLong()) : null;
    }

    /**
     * @param request the incoming request
     * @return the key the caller presented ({@link ApiKeys#presented}), or {@code null}
     */
    public static String presentedKey(ContainerRequestContext request) {
        return ApiKeys.presented(request::getHeaderString);
    }

    /** @return 401 with {@code {"error":"Unauthorized"}} */
    public static Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorAnswer("Unauthorized")).build();
    }

    private Response tooManyRequests(long seconds) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", seconds)
                .entity(new ApiError("Too Many Requests", "This API key is over its limit of " + limiter.perMinute()
                        + " requests a minute; retry in " + seconds + " s.", null, seconds))
                .build();
    }

    /** @param error the error text */
    public record ErrorAnswer(String error) {
    }
}
