package io.screenpop.sandbox.faults;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.screenpop.sandbox.SandboxApi;
import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.sandbox.error.CwError;
import io.screenpop.sandbox.error.CwResponses;
import io.smallrye.mutiny.Uni;

/** Applies {@link SandboxFaults} to authenticated sandbox API calls: delays them or answers with an injected error. */
public class FaultFilter {

    private final SandboxFaults faults;

    /** @param faults the configured faults */
    @Inject
    public FaultFilter(SandboxFaults faults) {
        this.faults = faults;
    }

    /** @return null item to continue, or the injected error response */
    @SandboxApi
    @ServerRequestFilter(priority = Priorities.USER)
    public Uni<Response> inject(ContainerRequestContext ctx) {
        String apiPath = SandboxPaths.apiRelative(ctx.getUriInfo().getPath());
        if (apiPath == null) {
            return Uni.createFrom().nullItem();
        }
        FaultDecision decision = faults.decide(ctx.getMethod(), apiPath);
        Uni<Response> outcome = Uni.createFrom().item(() -> decision.failure() == null ? null : response(decision.failure()));
        return decision.delayMillis() > 0 ? outcome.onItem().delayIt().by(Duration.ofMillis(decision.delayMillis())) : outcome;
    }

    private static Response response(Fault fault) {
        Response.ResponseBuilder builder = CwResponses.builder(fault.status(),
                CwError.of(code(fault.status()), "Injected fault: HTTP " + fault.status() + " from the ConnectWise sandbox"));
        if (fault.retryAfterSeconds() != null) {
            builder.header("Retry-After", fault.retryAfterSeconds());
        }
        return builder.build();
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "InvalidObject";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 409 -> "Conflict";
            case 429 -> "TooManyRequests";
            case 500 -> "UnexpectedServerError";
            case 502 -> "BadGateway";
            case 503 -> "ServiceUnavailable";
            case 504 -> "GatewayTimeout";
            default -> "Error";
        };
    }
}
