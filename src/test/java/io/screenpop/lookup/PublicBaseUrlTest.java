package io.screenpop.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.screenpop.support.PushAndLimitTestProfile;
import io.screenpop.support.Sandbox;

/** With {@code PUBLIC_BASE_URL} set, links handed to other systems use it, whatever address the request came in on. */
@QuarkusTest
@TestProfile(PushAndLimitTestProfile.class)
@ConnectWireMock // same test resources as OpenPhonePushTest, so the three share one Quarkus start
class PublicBaseUrlTest {

    @Test
    void linksUseThePublicBaseUrl() {
        Sandbox.awaitInitialSync();
        String base = PushAndLimitTestProfile.PUBLIC_BASE_URL;
        given().header("x-api-key", "test-key-1").queryParam("phone", "4085551212").get("/api/lookup").then()
                .statusCode(200).body("screen_pop_url", equalTo(base + "/screenpop?phone=%2B14085551212"));
        given().header("apikey", "test-key-1").contentType(ContentType.JSON).body("{\"number\":\"4085551213\"}")
                .post("/api/3cx/crm").then().statusCode(200)
                .body("web_url", equalTo(base + "/screenpop?phone=%2B14085551213"));
        given().header("x-api-key", "test-key-1").get("/integrations/3cx/template.xml").then().statusCode(200)
                .body(containsString("Default=\"" + base + "\""));
    }
}
