package io.screenpop.signin;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Sign-in on ({@code SCREENPOP_AUTH=oidc}) against the WireMock OpenID Connect provider of
 * {@code quarkus-test-oidc-server}: client {@code quarkus-web-app}, users {@code alice} (roles {@code user},
 * {@code admin}) and any name with roles the test chooses; {@code ADMIN_ROLE=admin}, {@code AGENT_ROLE=user}.
 */
public class SignInTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "signin.mode", "oidc",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                "quarkus.oidc.client-id", "quarkus-web-app",
                "quarkus.oidc.credentials.secret", "secret",
                "signin.admin-role", "admin",
                "signin.agent-role", "user",
                "SCREENPOP_FRAME_ANCESTORS", "https://crm.example.com, https://*.8x8.com");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
