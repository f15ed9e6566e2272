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
 * profile): per API key (also for {@code POST /sync}), and per client address when nobody is signed in; the
 * index-only lookups are not counted.
 */
@QuarkusTest
@TestProfile(LimitsTestProfile.class)
class UserRateLimitTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    /**
     * Spends a caller's allowance: the bucket refills greedily (one request every 60 s / limit), so on a slow
     * machine a few more than the limit may pass before the first 429.
     *
     * @return how many requests passed before the first 429
     */
    private static int spend(java.util.function.Supplier<Response> request) {
        for (int passed = 0; passed < 10 * LimitsTestProfile.USER_LIMIT; passed++) {
            Response r = request.get();
            if (r.statusCode() == 429) {
                return passed;
            }
            r.then().statusCode(200);
        }
        throw new AssertionError("never throttled");
    }

    @Test
    void aKeyOverTheLimitGets429WithRetryAfterBeforeReachingConnectWise() {
        int passed = spend(() -> given().header("x-api-key", LimitsTestProfile.LIMITED_KEY).get("/api/members"));
        assertTrue(passed >= LimitsTestProfile.USER_LIMIT, passed + " requests passed");
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
    void manualSyncsCountAgainstTheKeysLimit() {
        int passed = 0;
        Response last = null;
        for (int i = 0; i < 10 * LimitsTestProfile.USER_LIMIT; i++) {
            last = given().header("x-api-key", LimitsTestProfile.SYNC_KEY).queryParam("kind", "incremental").post("/sync");
            if (last.statusCode() == 429) {
                break;
            }
            // started, or one of the runs started here is still going
            last.then().statusCode(org.hamcrest.Matchers.oneOf(202, 409));
            passed++;
        }
        assertTrue(passed >= LimitsTestProfile.USER_LIMIT && last.statusCode() == 429, passed + " passed");
        last.then().contentType(ContentType.JSON).body("error", equalTo("Too Many Requests"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // reading the status is not limited; another key may still start one
        Sandbox.awaitIdle();
        given().header("x-api-key", "test-key-2").queryParam("kind", "incremental").post("/sync").then().statusCode(202);
        Sandbox.awaitIdle();
    }

    @Test
    void withSignInOffBrowsersAreCountedByAddress() {
        int passed = spend(() -> given().get("/api/service/boards"));
        assertTrue(passed >= LimitsTestProfile.USER_LIMIT, passed + " requests passed");
        given().get("/api/service/priorities").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // pages and the screenpop answer from the index and are never limited
        given().queryParam("phone", "4085551212").get("/screenpop").then().statusCode(303);
        given().queryParam("q", "acme").get("/api/companies/search").then().statusCode(200);
    }
}
