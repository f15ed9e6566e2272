package io.screenpop.connectwise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

/**
 * The schema contract test, in force for every {@code @QuarkusTest} (test sources are part of the
 * application under test, so this {@link Provider} is registered on the ConnectWise REST client):
 * each request body the client sends is serialised with the application's own {@link ObjectMapper},
 * exactly as it goes on the wire, and validated against the official schema ({@link ManageSchemas}).
 * A body with an unknown property or without a required one is not sent: the call is answered 400
 * "Contract violation: …", so the test that caused it fails, and the violation is appended to
 * {@code target/connectwise-contract-violations.txt}.
 */
@Provider
public class ConnectWiseContractFilter implements ClientRequestFilter {

    /** Every violation seen in this JVM, for tests that assert there is none. */
    public static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
    /** Bodies checked in this JVM. */
    public static final List<String> CHECKED = new CopyOnWriteArrayList<>();

    private static final Logger LOG = Logger.getLogger(ConnectWiseContractFilter.class);
    private static final Pattern API_BASE = Pattern.compile("^.*/apis/3\\.0");

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        if (!request.hasEntity() || !request.getUri().getPath().contains("/apis/3.0/")) {
            return;
        }
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        JsonNode body = json.valueToTree(request.getEntity());
        String path = API_BASE.matcher(request.getUri().getPath()).replaceFirst("");
        List<String> violations = ManageSchemas.violations(request.getMethod(), path, body);
        CHECKED.add(request.getMethod() + " " + path);
        if (violations.isEmpty()) {
            return;
        }
        String line = request.getMethod() + " " + path + " " + body + " → " + violations;
        VIOLATIONS.add(line);
        LOG.errorf("ConnectWise contract violation: %s", line);
        Files.writeString(Path.of("target", "connectwise-contract-violations.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        request.abortWith(Response.status(400).type("application/json")
                .entity("{\"code\":\"InvalidObject\",\"message\":\"Contract violation: " + violations.toString()
                        .replace("\\", "\\\\").replace("\"", "'") + "\"}").build());
    }
}
