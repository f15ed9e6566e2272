package io.screenpop.ratelimit;

import java.util.OptionalLong;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.screenpop.api.ApiError;
import io.screenpop.caller.Callers;
import io.vertx.core.http.HttpServerRequest;

/**
 * Applies {@link UserRateLimiter} to every request that may reach ConnectWise ({@link ConnectWiseRoutes}),
 * after authentication and the CSRF check (a refused request costs nothing). Over the limit: 429 with
 * {@code Retry-After} (seconds, RFC 9110 §10.2.3) and an {@link ApiError} body, before anything is read
 * or written.
 */
public class UserRateLimitFilter {

    private final UserRateLimiter limiter;
    private final Callers callers;

    /** CDI constructor. */
    public UserRateLimitFilter(UserRateLimiter limiter, Callers callers) {
        this.limiter = limiter;
        this.callers = callers;
    }

    /**
     * @param request the request
     * @param http    the Vert.x request, for the client address
     * @return 429, or {@code null} to let the request through
     */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Response check(ContainerRequestContext request, HttpServerRequest http) {
        if (!ConnectWiseRoutes.reachesConnectWise(request.getMethod(), request.getUriInfo().getPath())) {
            return null;
        }
        OptionalLong wait = limiter.acquire(callers.of(request, http).bucketKey());
        if (wait.isEmpty()) {
            return null;
        }
        long seconds = wait.getAsLong();
        return Response.status(Response.Status.TOO_MANY_REQUESTS).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", seconds)
                .entity(new ApiError("Too Many Requests", "You are over the limit of " + limiter.perMinute()
                        + " ConnectWise requests a minute; try again in " + seconds + " s.", null, seconds))
                .build();
    }
}
