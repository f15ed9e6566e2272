package io.screenpop.sandbox.faults;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.screenpop.sandbox.SandboxApi;
import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.sandbox.error.CwError;
import io.screenpop.sandbox.error.CwResponses;
import io.smallrye.mutiny.Uni;

/**
 * Applies {@link SandboxFaults} to authenticated sandbox API calls: delays them, answers with an
 * injected error or {@code 200 []}, or serves them and then loses the answer (504) or strips the
 * {@code Link} header.
 */
public class FaultFilter {

    private static final String AFTER = FaultFilter.class.getName() + ".after";

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
        Fault fault = decision.failure();
        if (fault != null && (fault.kind() == FaultKind.LOST_ANSWER || fault.kind() == FaultKind.STRIP_LINK)) {
            ctx.setProperty(AFTER, fault);
            fault = null;
        }
        Fault answered = fault;
        Uni<Response> outcome = Uni.createFrom().item(() -> answered == null ? null : response(answered));
        return decision.delayMillis() > 0 ? outcome.onItem().delayIt().by(Duration.ofMillis(decision.delayMillis())) : outcome;
    }

    /** Loses the answer of a served request (504) or strips its {@code Link} header. */
    @SandboxApi
    @ServerResponseFilter(priority = Priorities.USER)
    public void after(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(AFTER) instanceof Fault fault)) {
            return;
        }
        response.getHeaders().remove("Link");
        if (fault.kind() == FaultKind.LOST_ANSWER) {
            response.setStatus(fault.status());
            response.getHeaders().remove("Location");
            response.setEntity(CwError.of(code(fault.status()), "Injected fault: the request was processed, then the answer was lost (HTTP "
                    + fault.status() + " from the ConnectWise sandbox)"), new java.lang.annotation.Annotation[0],
                    jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static Response response(Fault fault) {
        if (fault.kind() == FaultKind.EMPTY_LIST) {
            return Response.ok("[]", jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).build();
        }
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
