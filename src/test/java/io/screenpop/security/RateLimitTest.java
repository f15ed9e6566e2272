package io.screenpop.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.screenpop.support.PushAndLimitTestProfile;

/** The per-key rate limit of the machine endpoints ({@code API_RATE_LIMIT_PER_MINUTE}, 5 in this profile). */
@QuarkusTest
@TestProfile(PushAndLimitTestProfile.class)
@ConnectWireMock // same test resources as OpenPhonePushTest, so the three share one Quarkus start
class RateLimitTest {

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterWhileOtherKeysGoOn() {
        for (int i = 0; i < PushAndLimitTestProfile.RATE_LIMIT; i++) {
            given().header("x-api-key", PushAndLimitTestProfile.THROTTLED_KEY).queryParam("phone", "2025550199")
                    .get("/api/lookup").then().statusCode(404);
        }
        Response throttled = given().header("Authorization", "Bearer " + PushAndLimitTestProfile.THROTTLED_KEY)
                .queryParam("phone", "2025550199").get("/api/lookup");
        throttled.then().statusCode(429).contentType(ContentType.JSON)
                .body("error", equalTo("Too Many Requests"))
                .body("retry_after_seconds", greaterThanOrEqualTo(1));
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // the 3CX endpoints are limited by the same key
        given().header("apikey", PushAndLimitTestProfile.THROTTLED_KEY).contentType(ContentType.JSON)
                .body("{\"number\":\"2025550199\"}").post("/api/3cx/crm").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // another key has its own allowance; a wrong key is still 401, not 429
        given().header("x-api-key", "test-key-2").queryParam("phone", "2025550199").get("/api/lookup").then()
                .statusCode(404);
        given().header("x-api-key", "not-a-key").queryParam("phone", "2025550199").get("/api/lookup").then()
                .statusCode(401);
    }
}
