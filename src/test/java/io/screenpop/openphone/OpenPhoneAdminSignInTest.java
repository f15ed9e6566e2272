package io.screenpop.openphone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.screenpop.signin.AgentSignInTestProfile;
import io.screenpop.support.Agents;
import io.screenpop.support.Sandbox;

/**
 * With sign-in on, the OpenPhone company push is an admin action: a signed-in agent without the admin role gets
 * 403 JSON, nobody 401; an admin and an API key pass the guard (and hear 409, as OpenPhone is off here).
 */
@QuarkusTest
@TestProfile(AgentSignInTestProfile.class)
class OpenPhoneAdminSignInTest {

    private static final String PUSH = "/api/openphone/companies/1/push";

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @Test
    void onlyAdminsMayPushACompany() {
        Agents.as("tina.lopez@msp.example").post(PUSH).then().statusCode(403)
                .body("success", equalTo(false)).body("message", containsString("administrators"));
        given().post(PUSH).then().statusCode(401);

        Agents.as("helpdesk.admin@msp.example", "user", "admin").post(PUSH).then().statusCode(409)
                .body("error", equalTo("OpenPhone is off"));
        given().header("x-api-key", Sandbox.API_KEY).post(PUSH).then().statusCode(409);
    }
}
