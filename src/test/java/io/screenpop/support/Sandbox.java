package io.screenpop.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Test access to the built-in ConnectWise sandbox over HTTP: its API (with the test profile's
 * credentials, exactly as the service calls it) and its control endpoints (faults, request log, reset).
 */
public final class Sandbox {

    /** API base path of the sandbox. */
    public static final String API = "/sandbox/connectwise/v4_6_release/apis/3.0";
    /** The test profile's machine key. */
    public static final String API_KEY = "test-key-1";

    private Sandbox() {
    }

    /** @return a request to the sandbox's ConnectWise API, authenticated as the service is */
    public static RequestSpecification cw() {
        String basic = Base64.getEncoder().encodeToString("sandbox+sandbox-public:sandbox-private".getBytes(StandardCharsets.UTF_8));
        return given().header("Authorization", "Basic " + basic)
                .header("clientId", "00000000-0000-0000-0000-000000000000")
                .contentType(ContentType.JSON).basePath(API);
    }

    /** @return a request to the sandbox's control endpoints, authenticated with the test profile's API key */
    public static RequestSpecification control() {
        return given().header("x-api-key", API_KEY);
    }

    /** Makes the next {@code count} requests whose path contains {@code path} fail, after {@code after} matching successes. */
    public static void fault(int status, int count, String path, int after, Integer retryAfterSeconds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("status", status, "count", count, "pathContains", path,
                "afterMatches", after));
        if (retryAfterSeconds != null) {
            body.put("retryAfterSeconds", retryAfterSeconds);
        }
        control().contentType(ContentType.JSON).body(body).post("/sandbox/control/faults").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** Like {@link #fault(int, int, String, int, Integer)}, for one HTTP method only. */
    public static void fault(int status, int count, String path, int after, Integer retryAfterSeconds, String method) {
        control().contentType(ContentType.JSON).body(Map.of("status", status, "count", count, "pathContains", path,
                "afterMatches", after, "method", method)).post("/sandbox/control/faults").then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** Clears injected faults. */
    public static void clearFaults() {
        control().delete("/sandbox/control/faults").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** Clears the request log. */
    public static void clearRequests() {
        control().delete("/sandbox/control/requests").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** @return the recorded requests as JSON (a list of {method, path, query, body, status}) */
    public static List<Map<String, Object>> requests() {
        JsonPath json = control().get("/sandbox/control/requests").then().statusCode(200).extract().jsonPath();
        Object root = json.get("$");
        if (root instanceof List<?>) {
            return json.getList("$");
        }
        return json.getList("requests");
    }

    /**
     * Creates a contact without a company (a walk-in caller) in the sandbox's ConnectWise and brings it
     * into the index with an incremental sync, so its number pops to {@code /contacts/{id}}.
     *
     * @param firstName first name
     * @param lastName  last name
     * @param cell      its Cell number, as ConnectWise stores it
     * @return the contact's id
     */
    public static int walkIn(String firstName, String lastName, String cell) {
        int id = cw().body(Map.of("firstName", firstName, "lastName", lastName, "communicationItems",
                List.of(Map.of("type", Map.of("name", "Cell"), "value", cell, "communicationType", "Phone",
                        "defaultFlag", true)))).post("/company/contacts").then().statusCode(201).extract().path("id");
        syncAndWait("incremental");
        return id;
    }

    /** Starts a sync through the public endpoint and waits for it to finish. */
    public static JsonPath syncAndWait(String kind) {
        given().header("x-api-key", API_KEY).queryParam("kind", kind).post("/sync").then().statusCode(202);
        return awaitIdle();
    }

    /** Waits until no sync runs and returns the latest run. */
    public static JsonPath awaitIdle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath status = given().header("x-api-key", API_KEY).get("/sync/status").then().statusCode(200).extract().jsonPath();
            if (status.get("running") == null && status.getList("runs").size() > 0
                    && !"RUNNING".equals(status.getString("runs[0].status"))) {
                return status;
            }
            sleep(100);
        }
        throw new AssertionError("sync did not finish within 90 s");
    }

    /**
     * The usual start of a test against the sandbox: rest-assured does not follow redirects (the
     * screenpop's 303 is what is asserted), the index holds the initial sync, no fault is injected,
     * and the request log is empty.
     */
    public static void freshTest() {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config()
                .redirect(io.restassured.RestAssured.config().getRedirectConfig().followRedirects(false));
        awaitInitialSync();
        clearFaults();
        clearRequests();
    }

    /** Waits until the first full sync of the test instance has finished. */
    public static void awaitInitialSync() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath status = given().header("x-api-key", API_KEY).get("/sync/status").then().statusCode(200).extract().jsonPath();
            if (status.getInt("index.generation") > 0 && status.get("running") == null) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("the initial sync did not finish within 90 s");
    }

    /** Pauses between two polls of a waiting loop; an interrupt fails the test. */
    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
