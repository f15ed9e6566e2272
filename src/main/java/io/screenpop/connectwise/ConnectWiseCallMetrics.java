package io.screenpop.connectwise;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

import io.micrometer.core.instrument.Metrics;

/**
 * Counts every ConnectWise call by method, resource (ids folded to {@code {id}}) and HTTP status
 * as {@code screenpop_connectwise_calls_total}.
 */
public class ConnectWiseCallMetrics implements ClientResponseFilter {

    private static final Pattern ID_SEGMENT = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern API_BASE = Pattern.compile("^.*/apis/3\\.0");

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        String path = API_BASE.matcher(request.getUri().getPath()).replaceFirst("");
        Metrics.counter("screenpop.connectwise.calls",
                "method", request.getMethod(),
                "resource", ID_SEGMENT.matcher(path).replaceAll("/{id}"),
                "status", Integer.toString(response.getStatus())).increment();
    }
}
