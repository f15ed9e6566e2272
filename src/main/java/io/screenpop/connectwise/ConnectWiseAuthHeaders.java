package io.screenpop.connectwise;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds ConnectWise's authentication to every call: {@code Authorization: Basic
 * base64("companyId+publicKey:privateKey")}, the integration's {@code clientId} header, and an
 * {@code Accept} header pinning the API version (ConnectWise REST guide, "Authentication").
 */
@ApplicationScoped
public class ConnectWiseAuthHeaders implements ClientHeadersFactory {

    private final String authorization;
    private final String clientId;
    private final String accept;

    /** Builds the header values once from {@link ConnectWiseConfig}. */
    public ConnectWiseAuthHeaders(ConnectWiseConfig config) {
        String user = config.companyId().orElse("") + "+" + config.publicApiKey().orElse("");
        String credentials = user + ":" + config.privateApiKey().orElse("");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.clientId = config.clientId().orElse("");
        this.accept = "application/vnd.connectwise.com+json; version=" + config.apiVersion();
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", authorization);
        headers.putSingle("clientId", clientId);
        headers.putSingle("Accept", accept);
        return headers;
    }

    @Override
    public String toString() {
        return "ConnectWiseAuthHeaders[credentials hidden]";
    }
}
