package io.screenpop.sandbox.control;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;

/** The sandbox's control endpoints never go without an API key, even where the sandbox is on. */
@QuarkusTest
class SandboxControlAuthTest {

    @Test
    void everyControlEndpointNeedsAnApiKey() {
        given().get("/sandbox/control/requests").then().statusCode(401).body("error", equalTo("Unauthorized"));
        given().get("/sandbox/control/faults").then().statusCode(401);
        given().delete("/sandbox/control/faults").then().statusCode(401);
        given().contentType("application/json").body("{\"status\":500,\"count\":1}").post("/sandbox/control/faults")
                .then().statusCode(401);
        given().post("/sandbox/control/reset").then().statusCode(401);
        given().header("x-api-key", "not-a-key").post("/sandbox/control/reset").then().statusCode(401);
        given().queryParam("apikey", Sandbox.API_KEY).get("/sandbox/control/requests").then().statusCode(401);
        given().get("/sandbox/control").then().statusCode(401);
        // no fault was added by the refused calls
        Sandbox.control().get("/sandbox/control/faults").then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", "Bearer " + Sandbox.API_KEY).get("/sandbox/control/requests").then().statusCode(200);
    }
}
