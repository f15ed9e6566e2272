package io.screenpop.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.screenpop.support.PackagedService;

/**
 * The packaged service in the prod profile never starts open by accident: with {@code SCREENPOP_AUTH} unset it
 * signs in with OpenID Connect, and without the provider's settings it stops with one line naming
 * {@code SCREENPOP_AUTH} and {@code QUARKUS_OIDC_AUTH_SERVER_URL}; {@code SCREENPOP_AUTH=none} starts with a WARN.
 */
class SignInStartupIT {

    @Test
    void oidcWithoutAProviderStopsWithOneLine() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", null);
        env.put("QUARKUS_OIDC_CLIENT_ID", null);
        env.put("QUARKUS_OIDC_PROVIDER", null);
        try (PackagedService service = PackagedService.start(Files.createTempDirectory("screenpop-noidc"), env)) {
            int exit = service.awaitExit(90);
            assertNotEquals(0, exit, service.log());
            // the first error is the one line saying why (what stops afterwards may log more while it shuts down)
            List<String> errors = service.log().lines().filter(l -> l.contains(" ERROR ")).toList();
            assertTrue(!errors.isEmpty(), service.log());
            assertEquals(1, service.log().lines().filter(l -> l.contains("Cannot start")).count(), service.log());
            assertTrue(errors.get(0).contains("Cannot start: SCREENPOP_AUTH=oidc (the default in prod) needs "
                    + "QUARKUS_OIDC_AUTH_SERVER_URL (or QUARKUS_OIDC_PROVIDER) and QUARKUS_OIDC_CLIENT_ID"), errors.get(0));
        }
    }

    @Test
    void noneStartsWithAWarningAndNoSignIn() throws Exception {
        try (PackagedService service = PackagedService.start(Files.createTempDirectory("screenpop-none"),
                Map.of("SCREENPOP_AUTH", "none")).awaitReady()) {
            assertTrue(service.log().contains("WARN") && service.log().contains("Sign-in is off (SCREENPOP_AUTH=none)"),
                    service.log());
            var page = PackagedService.get(service.port(), "/companies/1");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Sign-in is off"));
        }
    }
}
