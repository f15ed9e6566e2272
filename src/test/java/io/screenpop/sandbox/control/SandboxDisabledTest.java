package io.screenpop.sandbox.control;

import static io.restassured.RestAssured.given;
import static io.screenpop.sandbox.CwRequests.cw;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.screenpop.sandbox.SandboxTestProfile;

@QuarkusTest
@TestProfile(SandboxDisabledTest.Disabled.class)
class SandboxDisabledTest {

    /** The test profile with the sandbox switched off. */
    public static class Disabled extends SandboxTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("sandbox.enabled", "false");
            overrides.put("sync.enabled", "false");
            return overrides;
        }
    }

    @Test
    void everySandboxPathIs404() {
        cw().get("/company/contacts").then().statusCode(404);
        cw().get("/company/contacts/1").then().statusCode(404);
        cw().get("/company/contacts/1/communications").then().statusCode(404);
        given().get("/sandbox/connectwise/v4_6_release/apis/3.0/company/contacts").then().statusCode(404);
        given().get("/sandbox/control/requests").then().statusCode(404);
        given().post("/sandbox/control/reset").then().statusCode(404);
        given().get("/sandbox").then().statusCode(404);
        given().get("/sandbox/anything/else").then().statusCode(404);
        // with a key, and by roundabout spellings of the path
        given().header("x-api-key", "test-key-1").get("/sandbox/control/requests").then().statusCode(404);
        given().urlEncodingEnabled(false).get("//sandbox/control/requests").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/sandbox//control/requests").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/./sandbox/control/requests").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/x/../sandbox/control/requests").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/%73andbox/control/requests").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/sandbox;a=b/control/requests").then().statusCode(404);
    }
}
