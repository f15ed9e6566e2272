package io.screenpop.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;

/**
 * The Sync page for people: last runs with counts and durations, a run that did not succeed
 * explained with its message, why callbacks are off, "Sync now" (full and incremental) behind the CSRF check; the JSON
 * stays at {@code /sync/status}.
 */
@QuarkusTest
class SyncPageResourceTest {

    @jakarta.inject.Inject
    SyncConfig replica;

    @BeforeEach
    void ready() {
        Sandbox.awaitInitialSync();
        Sandbox.clearFaults();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    @Test
    void showsTheRunsWithCountsAndDurations() {
        given().get("/sync").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Last runs")).body(containsString("Full (first)"))
                .body(containsString("Succeeded")).body(containsString("Sync now (full)"))
                .body(containsString("Sync changes only")).body(containsString("<td>300</td>"))
                .body(not(containsString("SUCCEEDED")))
                // which replica ran it: this one, by its HOSTNAME
                .body(containsString("<th scope=\"col\">Replica</th>"))
                .body(containsString("<td>" + replica.replica() + "</td>"));
        given().get("/sync/status").then().statusCode(200).contentType(ContentType.JSON)
                .body("runs[0].replica", equalTo(replica.replica()));
    }

    @Test
    void saysWhyCallbacksAreOff() {
        // the test profile has no PUBLIC_BASE_URL: ConnectWise has nowhere to deliver callbacks
        given().get("/sync/status").then().statusCode(200).body("callbacks.enabled", equalTo(false))
                .body("callbacks.offReason", containsString("PUBLIC_BASE_URL"));
        given().get("/sync").then().statusCode(200).body(containsString("ConnectWise callbacks"))
                .body(containsString("id=\"callbacks-state\">Off</span> PUBLIC_BASE_URL is not set"))
                .body(containsString("reach the index at the next incremental sync"))
                .body(containsString("id=\"callbacks-received\">0</dd>"));
    }

    @Test
    void aFailedRunIsExplainedAndTheIndexIsKept() {
        Sandbox.fault(500, 50, "/company/companies", 0, null);
        Sandbox.syncAndWait("full");
        given().get("/sync").then().statusCode(200)
                .body(containsString("sync-problem")).body(containsString("Failed"))
                .body(containsString("The index kept its previous data."))
                .body(containsString("Full (started by hand)"));
        Sandbox.clearFaults();
        given().queryParam("phone", "408.555.7001").redirects().follow(false).get("/screenpop").then().statusCode(303);
    }

    @Test
    void syncNowNeedsTheCsrfTokenAndStartsARun() {
        given().queryParam("kind", "incremental").post("/sync/run").then().statusCode(403);
        given().header("x-api-key", Sandbox.API_KEY).queryParam("kind", "sideways").post("/sync/run").then().statusCode(400)
                .body("errors.kind", equalTo("Kind must be full or incremental"));
        given().header("x-api-key", Sandbox.API_KEY).queryParam("kind", "incremental").post("/sync/run").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(202), equalTo(409)))
                .body("message", org.hamcrest.Matchers.anyOf(equalTo("Incremental sync started. This page shows its progress."),
                        containsString("already running")));
        Sandbox.awaitIdle();
    }
}
