package io.screenpop.sandbox.api;

import static io.restassured.RestAssured.given;
import static io.screenpop.sandbox.CwRequests.BASIC;
import static io.screenpop.sandbox.CwRequests.CLIENT_ID;
import static io.screenpop.sandbox.CwRequests.cw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.screenpop.sandbox.SandboxTestProfile;
import io.screenpop.sandbox.SandboxPaths;

@QuarkusTest
@TestProfile(SandboxTestProfile.class)
class SandboxAuthTest {

    private static final String CONTACT = SandboxPaths.API_BASE + "/company/contacts/1";

    @Test
    void validCredentialsAndVendorAcceptHeaderAreServed() {
        cw().get("/company/contacts/1").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("firstName", equalTo("Jane"));
    }

    @Test
    void missingClientIdIs401SayingItIsRequired() {
        given().header("Authorization", BASIC).get(CONTACT).then().statusCode(401)
                .body("code", equalTo("Unauthorized"))
                .body("message", containsString("clientId is required"))
                .body("errors", empty());
    }

    @Test
    void wrongClientIdIs401() {
        given().header("Authorization", BASIC).header("clientId", "11111111-1111-1111-1111-111111111111")
                .get(CONTACT).then().statusCode(401).body("code", equalTo("Unauthorized"));
    }

    @Test
    void missingOrWrongBasicCredentialsAre401() {
        given().header("clientId", CLIENT_ID).get(CONTACT).then().statusCode(401)
                .body("code", equalTo("Unauthorized")).body("errors", empty());
        String wrong = "Basic " + Base64.getEncoder().encodeToString("sandbox+sandbox-public:nope".getBytes(StandardCharsets.UTF_8));
        given().header("clientId", CLIENT_ID).header("Authorization", wrong).get(CONTACT).then().statusCode(401)
                .body("code", equalTo("Unauthorized"));
        given().header("clientId", CLIENT_ID).header("Authorization", "Basic %%%").get(CONTACT).then().statusCode(401);
        given().header("clientId", CLIENT_ID).header("Authorization", "Bearer x").get(CONTACT).then().statusCode(401);
    }

    @Test
    void controlEndpointsNeedAnApiKeyButNoConnectWiseAuth() {
        given().header("x-api-key", io.screenpop.support.Sandbox.API_KEY).get(SandboxPaths.CONTROL + "/faults").then().statusCode(200);
    }
}
