package io.screenpop.chaos;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.screenpop.sandbox.faults.Fault;
import io.screenpop.sandbox.faults.SandboxFaults;
import io.screenpop.support.Sandbox;

/**
 * Issue 11, a sync never empties the index: ConnectWise answers {@code []}, a proxy strips the
 * {@code Link} header, paging stops early. The full sync is refused (recorded, counted, WARNed,
 * shown in {@code /sync/status} and the health data) and the old index keeps answering; an admin
 * can force it.
 */
@QuarkusTest
class SyncRefusalChaosTest {

    /** Health and metrics are on the management interface ({@code QUARKUS_MANAGEMENT_TEST_PORT}). */
    private static final String MANAGEMENT = "http://localhost:"
            + org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);

    @Inject
    SandboxFaults faults;

    private int numbers;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
        numbers = given().get("/sync/status").then().extract().jsonPath().getInt("index.numbers");
        assertTrue(numbers > 1000, "the seeded index: " + numbers);
    }

    @AfterEach
    void clear() {
        faults.clear();
    }

    private JsonPath refusedRun() {
        JsonPath status = Sandbox.syncAndWait("full");
        assertEquals("REFUSED", status.getString("runs[0].status"), status.prettify());
        assertEquals(true, status.getBoolean("refused"));
        assertEquals(numbers, status.getInt("index.numbers"), "the old index stays in place");
        assertEquals(numbers, status.getInt("refusal.liveNumbers"));
        assertTrue(status.getString("refusal.error").contains("SYNC_MIN_RATIO"), status.getString("refusal.error"));
        // the old index still answers: a contact's number and a company's main line
        given().queryParam("phone", "408.555.1213").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("contactId=1"));
        given().queryParam("phone", "408.555.1212").get("/screenpop").then().statusCode(303);
        return status;
    }

    private void assertLoud() {
        given().get(MANAGEMENT + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'sync' }.data.refused", equalTo(true));
        String metrics = given().get(MANAGEMENT + "/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("screenpop_sync_refused_total") && !l.endsWith(" 0.0")),
                "screenpop_sync_refused_total counted");
    }

    @Test
    void anEmptyContactListIsRefused() {
        faults.inject(Fault.emptyList().times(0).onMethod("GET").onPathContaining("/company/contacts"));
        JsonPath status = refusedRun();
        assertTrue(status.getInt("refusal.newNumbers") < numbers / 2, status.prettify());
        assertLoud();
        faults.clear();
        Sandbox.syncAndWait("full");
    }

    @Test
    void anEmptyCompanyListIsRefused() {
        faults.inject(Fault.emptyList().times(0).onMethod("GET").onPathContaining("/company/companies"));
        JsonPath status = refusedRun();
        assertTrue(status.getString("refusal.error").contains("company lines"), status.getString("refusal.error"));
        faults.clear();
    }

    @Test
    void aStrippedLinkHeaderIsRefused() {
        faults.inject(Fault.stripLink().times(0).onMethod("GET").onPathContaining("/company/contacts"));
        refusedRun();
    }

    @Test
    void pagingThatStopsEarlyIsRefusedAndAnAdminCanForceIt() {
        faults.inject(Fault.stripLink().afterMatches(1).times(1).onMethod("GET").onPathContaining("/company/contacts"));
        refusedRun();
        assertLoud();

        // forced: the short generation goes live, and a normal run afterwards restores the index
        faults.inject(Fault.stripLink().afterMatches(1).times(1).onMethod("GET").onPathContaining("/company/contacts"));
        given().header("x-api-key", Sandbox.API_KEY).queryParam("kind", "full").queryParam("force", "true")
                .post("/sync").then().statusCode(202);
        JsonPath forced = Sandbox.awaitIdle();
        assertEquals("SUCCEEDED", forced.getString("runs[0].status"));
        assertEquals(true, forced.getBoolean("runs[0].forced"));
        assertTrue(forced.getInt("index.numbers") < numbers, "the forced run is live");
        assertEquals(false, forced.getBoolean("refused"));
        faults.clear();
        JsonPath restored = Sandbox.syncAndWait("full");
        assertEquals("SUCCEEDED", restored.getString("runs[0].status"));
        assertTrue(restored.getInt("index.numbers") >= numbers, "a full read is never limited upwards");
        given().get(MANAGEMENT + "/q/health/ready").then().body("checks.find { it.name == 'sync' }.data.refused", equalTo(false));
    }
}
