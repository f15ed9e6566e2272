package io.screenpop.sandbox.control;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * In the prod profile (ConnectWise configured, {@code SANDBOX_ENABLED} unset) the sandbox is out of reach: its
 * ConnectWise API and its control endpoints answer 404, with or without credentials, however the path is spelled.
 */
@QuarkusTest
@TestProfile(SandboxProdProfileTest.Prod.class)
class SandboxProdProfileTest {

    private static final String KEY = "prod-test-key";

    /** The prod profile with a ConnectWise that is never called (syncs off) and sign-in off. */
    public static class Prod implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("signin.mode", "none",
                    "cw.base-url", "http://127.0.0.1:9/v4_6_release/apis/3.0",
                    "cw.company-id", "prod", "cw.public-api-key", "pub", "cw.private-api-key", "priv",
                    "cw.client-id", "11111111-1111-1111-1111-111111111111",
                    "api.key", KEY, "sync.enabled", "false",
                    "screenpop.data-dir", "./target/test-data/${quarkus.uuid}");
        }
    }

    @Test
    void theSandboxIsNotReachableInProduction() {
        String basic = Base64.getEncoder().encodeToString("prod+pub:priv".getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).header("clientId", "11111111-1111-1111-1111-111111111111")
                .get("/sandbox/connectwise/v4_6_release/apis/3.0/company/contacts").then().statusCode(404);
        for (String path : new String[] {"/sandbox/control/requests", "/sandbox/control/faults", "/sandbox",
                "//sandbox/control/requests", "/./sandbox/control/faults", "/%73andbox/control/requests"}) {
            given().urlEncodingEnabled(false).header("x-api-key", KEY).get(path).then().statusCode(404);
        }
        given().header("x-api-key", KEY).post("/sandbox/control/reset").then().statusCode(404);
        given().header("x-api-key", KEY).contentType("application/json").body("{\"status\":500}")
                .post("/sandbox/control/faults").then().statusCode(404);
        // the service itself is up
        given().get("/sync/status").then().statusCode(200);
    }
}
