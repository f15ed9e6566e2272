package io.screenpop.sandbox.control;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.security.ApiKeyFilter;
import io.screenpop.security.ApiKeys;

/**
 * The sandbox's control endpoints ({@code /sandbox/control/**}: faults, request log, reset) never go without
 * authentication, in dev, test or a demo run with {@code SANDBOX_ENABLED=true}: the caller must present one
 * of the {@code API_KEY} keys ({@code x-api-key}, {@code Authorization: Bearer} or {@code apikey}), else 401
 * {@code {"error":"Unauthorized"}}. Without any key configured they are unreachable. Runs after
 * {@code SandboxEnabledFilter}, so a disabled sandbox still answers 404. Not rate-limited: tests drive it hard.
 */
public class SandboxControlAuthFilter {

    private final ApiKeys keys;

    /** CDI constructor. */
    public SandboxControlAuthFilter(ApiKeys keys) {
        this.keys = keys;
    }

    /**
     * @param request the request
     * @return 401, or {@code null} to let the request through
     */
    @ServerRequestFilter(preMatching = true, priority = 2)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals(SandboxPaths.CONTROL) && !path.startsWith(SandboxPaths.CONTROL + "/")) {
            return null;
        }
        return keys.accepts(ApiKeyFilter.presentedKey(request)) ? null : ApiKeyFilter.unauthorized();
    }
}
