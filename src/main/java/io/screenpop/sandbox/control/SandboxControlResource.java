package io.screenpop.sandbox.control;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.sandbox.error.CwApiException;
import io.screenpop.sandbox.faults.Fault;
import io.screenpop.sandbox.faults.SandboxFaults;
import io.screenpop.sandbox.log.RecordedRequest;
import io.screenpop.sandbox.log.SandboxRequestLog;

/**
 * Test controls under {@code /sandbox/control} (an {@code API_KEY} key, {@link SandboxControlAuthFilter}; 404
 * when the sandbox is disabled): faults, the request log and a full reset.
 */
@Path(SandboxPaths.CONTROL)
@Produces(MediaType.APPLICATION_JSON)
public class SandboxControlResource {

    private final SandboxFaults faults;
    private final SandboxRequestLog log;
    private final SandboxReset reset;

    /**
     * @param faults injected faults
     * @param log recorded requests
     * @param reset full reset
     */
    @Inject
    public SandboxControlResource(SandboxFaults faults, SandboxRequestLog log, SandboxReset reset) {
        this.faults = faults;
        this.log = log;
        this.reset = reset;
    }

    /** {@code POST /sandbox/control/faults}: adds a fault, e.g. {@code {"status":500,"count":1,"pathContains":"/company/contacts","afterMatches":3}}. */
    @POST
    @Path("faults")
    public Response addFault(Fault fault) {
        if (fault == null) {
            throw CwApiException.invalid("A fault JSON body is required");
        }
        try {
            faults.inject(fault);
        } catch (IllegalArgumentException e) {
            throw CwApiException.invalid(e.getMessage());
        }
        return Response.status(Response.Status.CREATED).entity(fault).build();
    }

    /** {@code GET /sandbox/control/faults}: the active faults with their counters. */
    @GET
    @Path("faults")
    public List<SandboxFaults.Status> activeFaults() {
        return faults.active();
    }

    /** {@code DELETE /sandbox/control/faults}: removes all faults and delays. */
    @DELETE
    @Path("faults")
    public void clearFaults() {
        faults.clear();
    }

    /** {@code GET /sandbox/control/requests[?method=GET&pathContains=/company]}: recorded API calls, oldest first. */
    @GET
    @Path("requests")
    public List<RecordedRequest> requests(@QueryParam("method") String method, @QueryParam("pathContains") String pathContains) {
        return log.find(method, pathContains);
    }

    /** {@code DELETE /sandbox/control/requests}: forgets recorded calls. */
    @DELETE
    @Path("requests")
    public void clearRequests() {
        log.clear();
    }

    /** {@code POST /sandbox/control/reset}: reseeds the data, clears faults and the request log. */
    @POST
    @Path("reset")
    public void resetAll() {
        reset.resetAll();
    }
}
