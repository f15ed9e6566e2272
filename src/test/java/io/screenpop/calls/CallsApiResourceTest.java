package io.screenpop.calls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.screenpop.support.Sandbox;

/**
 * {@code GET /api/calls}: every screenpop, CCaaS lookup and 3CX lookup is recorded with its outcome,
 * what it resolved to and where it came from (an API key by its identity, never the key), newest
 * first; old calls are purged after {@code CALL_RETENTION_DAYS}.
 */
@QuarkusTest
class CallsApiResourceTest {

    private static final Set<String> KEYS = Set.of("at", "number", "e164", "outcome", "company", "contact", "source", "agent");

    @Inject
    CallRecorder recorder;

    @Inject
    CallRetention retention;

    @BeforeEach
    void ready() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
        Sandbox.awaitInitialSync();
    }

    @Test
    void everyKindOfLookupIsRecordedWithItsOutcomeAndSource() {
        given().queryParam("phone", "(408) 555-7001").get("/screenpop").then().statusCode(303);
        given().queryParam("phone", "503-555-0150").get("/screenpop").then().statusCode(200);
        given().queryParam("phone", "+1 408 555 0166").get("/screenpop").then().statusCode(200);
        given().queryParam("phone", "withheld-66").get("/screenpop").then().statusCode(200);
        given().queryParam("phone", "2125550175").get("/screenpop").then().statusCode(200);
        given().queryParam("CallerNumber", "4321").get("/screenpop").then().statusCode(303);
        given().header("x-api-key", Sandbox.API_KEY).queryParam("phone", "4085551212").get("/api/lookup").then().statusCode(200);
        given().header("x-api-key", Sandbox.API_KEY).contentType(ContentType.JSON).body(Map.of("number", "+44 20 7946 0959"))
                .post("/api/3cx/crm").then().statusCode(200);

        List<Map<String, Object>> calls = awaitCalls(c -> c.size() >= 8 && c.stream().anyMatch(m -> "+44 20 7946 0959".equals(m.get("number"))));
        for (Map<String, Object> call : calls) {
            assertEquals(KEYS, Set.copyOf(call.keySet().stream().filter(KEYS::contains).toList()), "shape of " + call);
        }
        Map<String, Object> known = find(calls, "(408) 555-7001");
        assertEquals("+14085557001", known.get("e164"));
        assertEquals("single_match", known.get("outcome"));
        assertEquals(Map.of("id", 1, "name", "ACME Corporation"), known.get("company"));
        assertEquals(Map.of("id", 1, "name", "Jane Doe"), known.get("contact"));
        assertEquals("screenpop", known.get("source"));
        assertNull(known.get("agent"), "nobody is signed in");
        assertFalse(known.containsKey("apiKey"));

        Map<String, Object> shared = find(calls, "503-555-0150");
        assertEquals("choice", shared.get("outcome"));
        assertNull(shared.get("company"), "two companies: none resolved");
        Map<String, Object> twoContacts = find(calls, "2125550175");
        assertEquals("choice", twoContacts.get("outcome"));
        assertNotNull(twoContacts.get("company"), "two contacts at one company: the company is known");
        assertNull(twoContacts.get("contact"));

        Map<String, Object> unknown = find(calls, "+1 408 555 0166");
        assertEquals("no_match", unknown.get("outcome"));
        assertEquals("+14085550166", unknown.get("e164"));
        assertNull(unknown.get("company"));
        Map<String, Object> text = find(calls, "withheld-66");
        assertEquals("not_a_number", text.get("outcome"));
        assertNull(text.get("e164"));
        assertEquals("internal_extension", find(calls, "4321").get("outcome"));

        Map<String, Object> api = find(calls, "4085551212");
        assertEquals("lookup", api.get("source"));
        assertEquals("single_match", api.get("outcome"));
        String identity = (String) api.get("apiKey");
        assertTrue(identity != null && identity.matches("[0-9a-f]{8}"), "the key's identity: " + identity);
        assertFalse(calls.toString().contains(Sandbox.API_KEY), "the key itself is never stored or shown");
        Map<String, Object> threeCx = find(calls, "+44 20 7946 0959");
        assertEquals("3cx", threeCx.get("source"));
        assertEquals(identity, threeCx.get("apiKey"), "the same key, the same identity");

        Instant previous = Instant.MAX;
        for (Map<String, Object> call : calls) {
            Instant at = Instant.parse((String) call.get("at"));
            assertFalse(at.isAfter(previous), "newest first");
            previous = at;
        }
    }

    @Test
    void limitIsCheckedAndHonoured() {
        given().queryParam("phone", "+1 408 555 0167").get("/screenpop");
        given().queryParam("phone", "+1 408 555 0168").get("/screenpop");
        awaitCalls(c -> c.stream().anyMatch(m -> "+1 408 555 0168".equals(m.get("number"))));
        List<Map<String, Object>> one = given().queryParam("limit", 1).get("/api/calls").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(1, one.size());
        given().queryParam("limit", 0).get("/api/calls").then().statusCode(400).body("errors.limit", equalTo("must be from 1 to 500"));
        given().queryParam("limit", "ten").get("/api/calls").then().statusCode(400);
        given().queryParam("limit", 501).get("/api/calls").then().statusCode(400);
        given().queryParam("outcome", "maybe").get("/api/calls").then().statusCode(400);
        given().queryParam("outcome", "no_match").queryParam("limit", 500).get("/api/calls").then().statusCode(200)
                .body("outcome.unique()", equalTo(List.of("no_match")));
        given().header("x-api-key", Sandbox.API_KEY).get("/api/calls").then().statusCode(200);
    }

    @Test
    void callsOlderThanTheRetentionAreDeleted() {
        Instant now = Instant.now();
        recorder.record(new CallEvent(null, now.minus(Duration.ofDays(91)), "old-91-days", null, CallOutcome.NOT_A_NUMBER,
                null, null, null, null, CallSource.SCREENPOP, null, null));
        recorder.record(new CallEvent(null, now.minus(Duration.ofDays(89)), "kept-89-days", null, CallOutcome.NOT_A_NUMBER,
                null, null, null, null, CallSource.SCREENPOP, null, null));
        awaitAll(c -> c.stream().anyMatch(m -> "old-91-days".equals(m.get("number")))
                && c.stream().anyMatch(m -> "kept-89-days".equals(m.get("number"))));
        assertTrue(retention.purge() >= 1);
        List<Map<String, Object>> after = given().queryParam("limit", 500).get("/api/calls").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertTrue(after.stream().noneMatch(m -> "old-91-days".equals(m.get("number"))), "91 days old: deleted");
        assertTrue(after.stream().anyMatch(m -> "kept-89-days".equals(m.get("number"))), "89 days old: kept (90-day default)");
    }

    private static Map<String, Object> find(List<Map<String, Object>> calls, String number) {
        return calls.stream().filter(c -> number.equals(c.get("number"))).findFirst()
                .orElseThrow(() -> new AssertionError("no call for " + number + " in " + calls));
    }

    private static List<Map<String, Object>> awaitCalls(Predicate<List<Map<String, Object>>> done) {
        return await(50, done);
    }

    private static List<Map<String, Object>> awaitAll(Predicate<List<Map<String, Object>>> done) {
        return await(500, done);
    }

    private static List<Map<String, Object>> await(int limit, Predicate<List<Map<String, Object>>> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Map<String, Object>> calls = List.of();
        while (System.nanoTime() < deadline) {
            calls = given().queryParam("limit", limit).get("/api/calls").then().statusCode(200).extract().jsonPath().getList("$");
            if (done.test(calls)) {
                return calls;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("calls not recorded in time: " + calls);
    }
}
