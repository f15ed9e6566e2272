package io.screenpop.sandbox.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.screenpop.connectwise.ConnectWiseConfig;
import io.screenpop.sandbox.SandboxApi;
import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.sandbox.error.CwApiException;
import io.screenpop.sandbox.error.CwResponses;

/**
 * ConnectWise authentication for sandbox API calls: a {@code clientId} header equal to
 * {@code cw.client-id} and {@code Authorization: Basic base64(companyId+publicKey:privateKey)} from
 * the {@code cw.*} settings (defaults {@code sandbox}, {@code sandbox-public}, {@code sandbox-private},
 * the all-zero GUID when unset). Anything else is a 401 with ConnectWise's error JSON.
 */
public class SandboxAuthFilter {

    private static final String ZERO_GUID = "00000000-0000-0000-0000-000000000000";

    private final String expectedClientId;
    private final byte[] expectedCredentials;

    /** @param cw the credentials the service itself uses */
    @Inject
    public SandboxAuthFilter(ConnectWiseConfig cw) {
        this.expectedClientId = cw.clientId().orElse(ZERO_GUID);
        this.expectedCredentials = (cw.companyId().orElse("sandbox") + "+" + cw.publicApiKey().orElse("sandbox-public")
                + ":" + cw.privateApiKey().orElse("sandbox-private")).getBytes(StandardCharsets.UTF_8);
    }

    /** @return 401 for a missing or wrong clientId or Authorization, else null to continue */
    @SandboxApi
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext ctx) {
        if (SandboxPaths.apiRelative(ctx.getUriInfo().getPath()) == null) {
            return null;
        }
        String clientId = ctx.getHeaderString("clientId");
        if (clientId == null || clientId.isBlank()) {
            return CwResponses.error(CwApiException.unauthorized("clientId is required: send the clientId header of your integration"));
        }
        if (!clientId.trim().equalsIgnoreCase(expectedClientId)) {
            return CwResponses.error(CwApiException.unauthorized("The clientId '" + clientId + "' is not a valid integration clientId"));
        }
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return CwResponses.error(CwApiException.unauthorized("Authorization header with Basic credentials is required"));
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return CwResponses.error(CwApiException.unauthorized("Authorization header is not valid Base64"));
        }
        if (!MessageDigest.isEqual(given, expectedCredentials)) {
            return CwResponses.error(CwApiException.unauthorized("Invalid company, public key or private key"));
        }
        return null;
    }
}
