package io.screenpop.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.screenpop.index.PhoneIndex;
import io.screenpop.phone.CountryRegions;
import io.screenpop.phone.PhoneNumberNormalizer;
import io.screenpop.support.Sandbox;

/** Sync against the sandbox over loopback HTTP: paging, incremental changes, throttling and failures. */
@QuarkusTest
class SyncResourceTest {

    @Inject
    PhoneIndex index;
    @Inject
    PhoneNumberNormalizer normalizer;

    @BeforeEach
    void idle() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
        Sandbox.awaitInitialSync();
        Sandbox.awaitIdle();
        Sandbox.clearFaults();
        Sandbox.clearRequests();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    @Test
    void manualSyncNeedsTheApiKey() {
        given().post("/sync").then().statusCode(401).body("error", equalTo("Unauthorized"));
        given().header("x-api-key", "wrong").post("/sync").then().statusCode(401);
        given().header("Authorization", "Bearer nope").post("/sync").then().statusCode(401);
        given().header("x-api-key", "test-key-1").queryParam("kind", "bogus").post("/sync").then().statusCode(400);
    }

    @Test
    void fullSyncReadsEveryPageAndEveryNumberIsFindable() {
        JsonPath status = Sandbox.syncAndWait("full");
        assertEquals("SUCCEEDED", status.getString("runs[0].status"));
        assertEquals("MANUAL", status.getString("runs[0].kind"));
        int contactsRead = status.getInt("runs[0].contactsRead");
        assertTrue(status.getInt("runs[0].numbersSkipped") > 0, "garbage values are counted as skipped");

        long contactPages = Sandbox.requests().stream()
                .filter(r -> "GET".equals(r.get("method")) && String.valueOf(r.get("path")).endsWith("company/contacts"))
                .count();
        assertTrue(contactPages >= 5, "contacts were read over " + contactPages + " pages");

        // Read every contact back from the sandbox ourselves and check each phone number is in the index.
        Set<String> expected = new HashSet<>();
        int read = 0;
        for (int page = 1; ; page++) {
            List<Map<String, Object>> contacts = Sandbox.cw().queryParam("page", page).queryParam("pageSize", 1000)
                    .get("/company/contacts").then().statusCode(200).extract().jsonPath().getList("$");
            if (contacts.isEmpty()) {
                break;
            }
            read += contacts.size();
            for (Map<String, Object> c : contacts) {
                if (Boolean.TRUE.equals(c.get("inactiveFlag"))) {
                    continue;
                }
                String region = c.get("company") == null ? null : regionOfCompany(c);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> items = (List<Map<String, Object>>) c.getOrDefault("communicationItems", List.of());
                for (Map<String, Object> item : items) {
                    if ("Email".equals(item.get("communicationType"))) {
                        continue;
                    }
                    normalizer.normalize((String) item.get("value"), region, (String) item.get("extension"))
                            .ifPresent(p -> expected.add(p.e164()));
                }
            }
        }
        assertEquals(read, contactsRead, "the sync read as many contacts as the sandbox holds");
        assertTrue(expected.size() > 1000, "the sandbox holds " + expected.size() + " contact numbers");
        List<String> missing = expected.stream().filter(n -> index.lookup(n).isEmpty()).toList();
        assertTrue(missing.isEmpty(), "numbers not findable: " + missing);
    }

    private final Map<Integer, String> regions = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    private String regionOfCompany(Map<String, Object> contact) {
        int companyId = (Integer) ((Map<String, Object>) contact.get("company")).get("id");
        return regions.computeIfAbsent(companyId, id -> {
            String country = Sandbox.cw().get("/company/companies/" + id).then().statusCode(200).extract()
                    .jsonPath().getString("country.name");
            return CountryRegions.regionOf(country).orElse(null);
        });
    }

    @Test
    void incrementalSyncPicksUpAChangedNumber() {
        given().queryParam("phone", "+14085550777").get("/screenpop").then().statusCode(200).body(containsString("No match"));
        // John Smith (contact 2) gets a new direct number in ConnectWise
        List<Object> original = Sandbox.cw().get("/company/contacts/2").then().statusCode(200).extract()
                .jsonPath().getList("communicationItems");
        try {
            changeJohnSmithsNumber();
        } finally {
            Sandbox.cw().body(List.of(Map.of("op", "replace", "path", "communicationItems", "value", original)))
                    .patch("/company/contacts/2").then().statusCode(200);
            Sandbox.syncAndWait("incremental");
        }
        given().queryParam("phone", "(408) 555-1214").get("/screenpop").then().statusCode(303);
    }

    private void changeJohnSmithsNumber() {
        Sandbox.cw().body(List.of(Map.of("op", "replace", "path", "communicationItems", "value", List.of(
                Map.of("type", Map.of("name", "Direct"), "value", "(408) 555-0777", "communicationType", "Phone")))))
                .patch("/company/contacts/2").then().statusCode(200);

        JsonPath status = Sandbox.syncAndWait("incremental");
        assertEquals("INCREMENTAL", status.getString("runs[0].kind"));
        assertEquals("SUCCEEDED", status.getString("runs[0].status"));
        assertTrue(status.getInt("runs[0].contactsRead") < 100, "an incremental sync reads only changed records");
        assertTrue(Sandbox.requests().stream().anyMatch(r -> String.valueOf(r.get("query")).contains("_info/lastUpdated")),
                "the incremental read asked for records changed since the watermark");

        given().queryParam("phone", "408-555-0777").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/1?phone=%2B14085550777&contactId=2"));
        // his old numbers are gone from the index
        given().queryParam("phone", "(408) 555-1214").get("/screenpop").then().statusCode(200).body(containsString("No match"));
    }

    @Test
    void throttledPageIsRetriedAfterRetryAfterAndTheSyncCompletes() {
        Sandbox.fault(429, 1, "/company/contacts", 2, 1);
        long t0 = System.nanoTime();
        JsonPath status = Sandbox.syncAndWait("full");
        assertEquals("SUCCEEDED", status.getString("runs[0].status"));
        List<Object> statuses = Sandbox.requests().stream()
                .filter(r -> String.valueOf(r.get("path")).endsWith("company/contacts")).map(r -> r.get("status")).toList();
        assertTrue(statuses.contains(429), "the sandbox answered 429 once: " + statuses);
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 1000, "the client waited for Retry-After: 1");
        given().queryParam("phone", "4085551212").get("/screenpop").then().statusCode(303);
    }

    @Test
    void serverErrorHalfwayKeepsThePreviousIndex() {
        JsonPath before = given().get("/sync/status").then().extract().jsonPath();
        int numbersBefore = before.getInt("index.numbers");
        int generationBefore = before.getInt("index.generation");

        Sandbox.fault(500, 1, "/company/contacts", 3, null);
        JsonPath status = Sandbox.syncAndWait("full");
        assertEquals("FAILED", status.getString("runs[0].status"));
        assertTrue(status.getString("runs[0].error").contains("500") || !status.getString("runs[0].error").isBlank());
        assertEquals(numbersBefore, status.getInt("index.numbers"), "the index keeps every number");
        assertEquals(generationBefore, status.getInt("index.generation"), "the live generation did not change");
        given().queryParam("phone", "(408) 555-1212").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/1?"));

        Sandbox.clearFaults();
        JsonPath retried = Sandbox.syncAndWait("full");
        assertEquals("SUCCEEDED", retried.getString("runs[0].status"), "the next run succeeds");
        assertFalse(retried.getInt("index.generation") == generationBefore);
    }

    @Test
    void statusListsRunsWithCounts() {
        given().get("/sync/status").then().statusCode(200)
                .body("runs[0].kind", org.hamcrest.Matchers.notNullValue())
                .body("index.numbers", org.hamcrest.Matchers.greaterThan(1000));
    }
}
