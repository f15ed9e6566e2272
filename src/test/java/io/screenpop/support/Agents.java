package io.screenpop.support;

import static io.restassured.RestAssured.given;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

/** Requests as signed-in users, with sign-in on against the WireMock OpenID Connect provider of the test profile. */
public final class Agents {

    private Agents() {
    }

    /**
     * @param email the {@code email} claim, as the provider writes it
     * @param roles the roles ({@code groups}); none means {@code user} (an agent, not an admin)
     * @return a form request carrying a bearer access token for that user (no CSRF token needed)
     */
    public static RequestSpecification as(String email, String... roles) {
        String token = OidcWiremockTestResource.generateJwtToken(email.substring(0, email.indexOf('@')),
                Set.of(roles.length == 0 ? new String[] {"user"} : roles), "sub-" + email.toLowerCase(Locale.ROOT), "Bearer",
                Set.of("https://server.example.com"), Map.of("email", email));
        return given().header("Authorization", "Bearer " + token).contentType("application/x-www-form-urlencoded");
    }
}
