package io.screenpop.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.screenpop.support.LimitsTestProfile;
import io.screenpop.support.Sandbox;

/**
 * The per-user limit of requests that reach ConnectWise ({@code USER_RATE_LIMIT_PER_MINUTE}, 20 in this
 * profile): per API key, and per client address when nobody is signed in; the index-only lookups are not
 * counted.
 */
@QuarkusTest
@TestProfile(LimitsTestProfile.class)
class UserRateLimitTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @Test
    void aKeyOverTheLimitGets429WithRetryAfterBeforeReachingConnectWise() {
        for (int i = 0; i < LimitsTestProfile.USER_LIMIT; i++) {
            given().header("x-api-key", LimitsTestProfile.LIMITED_KEY).get("/api/members").then().statusCode(200);
        }
        Sandbox.clearRequests();
        Response throttled = given().header("x-api-key", LimitsTestProfile.LIMITED_KEY)
                .contentType("application/x-www-form-urlencoded").formParam("text", "one too many")
                .post("/api/tickets/1/notes");
        throttled.then().statusCode(429).contentType(ContentType.JSON)
                .body("error", equalTo("Too Many Requests"))
                .body("message", containsString(LimitsTestProfile.USER_LIMIT + " ConnectWise requests a minute"))
                .body("retry_after_seconds", greaterThanOrEqualTo(1));
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(Sandbox.requests().isEmpty(), "nothing reached ConnectWise: " + Sandbox.requests());

        // the index-only lookup is not counted; another key has its own allowance
        given().header("x-api-key", LimitsTestProfile.LIMITED_KEY).queryParam("phone", "4085551212").get("/api/lookup")
                .then().statusCode(200);
        given().header("x-api-key", "test-key-2").get("/api/members").then().statusCode(200);
    }

    @Test
    void withSignInOffBrowsersAreCountedByAddress() {
        int ok = 0;
        Response last = null;
        for (int i = 0; i <= LimitsTestProfile.USER_LIMIT; i++) {
            last = given().get("/api/service/boards");
            if (last.statusCode() == 200) {
                ok++;
            } else {
                break;
            }
        }
        assertTrue(ok <= LimitsTestProfile.USER_LIMIT, ok + " requests passed");
        last.then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // pages and the screenpop answer from the index and are never limited
        given().queryParam("phone", "4085551212").get("/screenpop").then().statusCode(303);
        given().queryParam("q", "acme").get("/api/companies/search").then().statusCode(200);
    }
}
