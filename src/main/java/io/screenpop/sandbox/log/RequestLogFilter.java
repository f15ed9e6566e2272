package io.screenpop.sandbox.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.sandbox.SandboxApi;
import io.screenpop.sandbox.SandboxPaths;

/** Records every sandbox API call, with its JSON body and answered status, in {@link SandboxRequestLog}. */
public class RequestLogFilter {

    private static final String BODY = RequestLogFilter.class.getName() + ".body";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SandboxRequestLog log;

    /** @param log where calls are recorded */
    @Inject
    public RequestLogFilter(SandboxRequestLog log) {
        this.log = log;
    }

    /** Keeps a parsed copy of the request body and puts the bytes back for the endpoint. */
    @SandboxApi
    @ServerRequestFilter(readBody = true, priority = Priorities.AUTHENTICATION - 10)
    public void captureBody(ContainerRequestContext ctx) throws IOException {
        if (SandboxPaths.apiRelative(ctx.getUriInfo().getPath()) == null || !ctx.hasEntity()) {
            return;
        }
        InputStream in = ctx.getEntityStream();
        byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
        ctx.setEntityStream(new ByteArrayInputStream(bytes));
        if (bytes.length > 0) {
            try {
                ctx.setProperty(BODY, MAPPER.readTree(bytes));
            } catch (IOException e) {
                // not JSON: recorded without a body; the endpoint reports the error
            }
        }
    }

    /** Records the call once its status is known. */
    @SandboxApi
    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        String path = SandboxPaths.apiRelative(request.getUriInfo().getPath());
        if (path == null) {
            return;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getUriInfo().getQueryParameters().forEach((k, v) -> query.put(k, List.copyOf(v)));
        log.record(new RecordedRequest(Instant.now(), request.getMethod(), path, query,
                (JsonNode) request.getProperty(BODY), response.getStatus()));
    }
}
