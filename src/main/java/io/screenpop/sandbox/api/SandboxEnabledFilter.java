package io.screenpop.sandbox.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.screenpop.sandbox.SandboxConfig;
import io.screenpop.sandbox.SandboxPaths;

/** Answers 404 to every {@code /sandbox/**} request when {@code sandbox.enabled} is false. */
public class SandboxEnabledFilter {

    private final SandboxConfig config;

    /** @param config the sandbox switch */
    @Inject
    public SandboxEnabledFilter(SandboxConfig config) {
        this.config = config;
    }

    /** @return 404 for sandbox paths while disabled, else null to continue */
    @ServerRequestFilter(preMatching = true, priority = 1)
    public Response hideWhenDisabled(ContainerRequestContext ctx) {
        if (!config.enabled() && SandboxPaths.isSandbox(ctx.getUriInfo().getPath())) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return null;
    }
}
