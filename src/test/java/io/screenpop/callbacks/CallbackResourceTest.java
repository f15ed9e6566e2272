package io.screenpop.callbacks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.screenpop.sandbox.callbacks.SandboxCallbacks;
import io.screenpop.support.Audit;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * ConnectWise callbacks end to end: the service registers at the sandbox, the sandbox delivers signed changes, and
 * lookups see them. Signed payloads made here use the sandbox's own key, as ConnectWise's would.
 */
@QuarkusTest
@TestProfile(CallbacksTestProfile.class)
class CallbackResourceTest {

    /**
     * How long a change may take to be found here: generous, so a loaded CI machine does not fail the test; the bench
     * ({@code bench/callbacks.sh}) measures the real figure, which is milliseconds.
     */
    private static final Duration VISIBLE = Duration.ofSeconds(Long.getLong("callbacks.visible-seconds", 10));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CallbackRegistration registration;
    @Inject
    SandboxCallbacks sandbox;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
        registration.reconcile();
    }

    @Test
    void registersExactlyOneOwnerLevelCallbackPerType() {
        List<Map<String, Object>> ours = ours();
        assertEquals(2, ours.size(), "one per type: " + ours);
        for (Map<String, Object> entry : ours) {
            assertEquals("Owner", entry.get("level"));
            assertEquals(1, entry.get("objectId"));
            assertEquals(false, entry.get("inactiveFlag"));
            assertTrue(((String) entry.get("description")).length() <= 100);
        }
        assertEquals(List.of("Company", "Contact"), ours.stream().map(e -> (String) e.get("type")).sorted().toList());
        given().get("/sync/status").then().statusCode(200).body("callbacks.enabled", equalTo(true))
                .body("callbacks.healthy", equalTo(true));
    }

    @Test
    void reconciliationRemovesDuplicatesAndStaleOnesAndLeavesForeignOnesAlone() {
        String url = "http://localhost:" + port() + "/connectwise/callbacks";
        int duplicate = register("screenpop phone index · test · contact changes", url, "Contact");
        int stale = register("screenpop phone index · test · old address", "http://old.example/connectwise/callbacks",
                "Company");
        int foreign = register("Another integration", "https://other.example/hook", "Contact");

        List<String> changes = registration.reconcile();

        assertTrue(changes.contains("deleted #" + duplicate + " (duplicate)"), changes.toString());
        assertTrue(changes.contains("deleted #" + stale + " (stale URL)"), changes.toString());
        assertEquals(2, ours().size());
        Sandbox.cw().get("/system/callbacks/" + foreign).then().statusCode(200)
                .body("url", equalTo("https://other.example/hook"));
        Sandbox.cw().delete("/system/callbacks/" + foreign).then().statusCode(204);
        assertEquals(List.of(), registration.reconcile(), "a second run changes nothing");
    }

    @Test
    void aNumberAddedInConnectWiseIsFoundAtOnce() {
        Sandbox.cw().body(Map.of("type", Map.of("name", "Direct"), "value", "+1 406-555-2001", "communicationType", "Phone"))
                .post("/company/contacts/1/communications").then().statusCode(201);

        awaitLookup("+14065552001", true);
        lookup("+14065552001").then().body("contact.id", equalTo(1));
    }

    @Test
    void aDeletedContactStopsPoppingAndACompanyMainLineChangeIsFollowed() {
        int company = Sandbox.cw().body(Map.of("identifier", "CbTest" + UUID.randomUUID().toString().substring(0, 6),
                "name", "Callback Test Co", "phoneNumber", "+1 406-555-2100")).post("/company/companies")
                .then().statusCode(201).extract().path("id");
        awaitLookup("+14065552100", true);
        int contact = Sandbox.cw().body(Map.of("firstName", "Dee", "lastName", "Leted", "company", Map.of("id", company),
                "communicationItems", List.of(Map.of("type", Map.of("name", "Cell"), "value", "+1 406-555-2101",
                        "communicationType", "Phone")))).post("/company/contacts").then().statusCode(201)
                .extract().path("id");
        awaitLookup("+14065552101", true);

        Sandbox.cw().contentType(ContentType.JSON)
                .body(List.of(Map.of("op", "replace", "path", "phoneNumber", "value", "+1 406-555-2102")))
                .patch("/company/companies/" + company).then().statusCode(200);
        Sandbox.cw().delete("/company/contacts/" + contact).then().statusCode(204);

        awaitLookup("+14065552102", true);
        awaitLookup("+14065552101", false);
        awaitLookup("+14065552100", false);
    }

    @Test
    void missingOrWrongSignaturesAndForeignKeyUrlsAreRefusedAndChangeNothing() throws IOException {
        byte[] body = contactPayload(2, "+1 406-555-2201", Instant.now(), sandbox.keyUrl());
        given().contentType(ContentType.JSON).body(body).post("/connectwise/callbacks").then().statusCode(401);
        given().contentType(ContentType.JSON).header(CallbackSignature.HEADER, CallbackSignature.sign(body, "guess"))
                .body(body).post("/connectwise/callbacks").then().statusCode(401);

        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/key", exchange -> {
            byte[] key = "{\"signing_key\":\"attacker\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, key.length);
            exchange.getResponseBody().write(key);
            exchange.close();
        });
        attacker.start();
        try {
            byte[] forged = contactPayload(2, "+1 406-555-2202", Instant.now(),
                    "http://127.0.0.1:" + attacker.getAddress().getPort() + "/key");
            given().contentType(ContentType.JSON).header(CallbackSignature.HEADER,
                    CallbackSignature.sign(forged, "attacker")).body(forged).post("/connectwise/callbacks")
                    .then().statusCode(401);
        } finally {
            attacker.stop(0);
        }
        // a valid callback after them is applied, so the refused ones had their chance to land
        deliver(contactPayload(3, "+1 406-555-2203", Instant.now(), sandbox.keyUrl()));
        awaitLookup("+14065552203", true);
        lookup("+14065552201").then().statusCode(404);
        lookup("+14065552202").then().statusCode(404);
    }

    @Test
    void theSyncPageShowsTheCallbacksStateAndCounts() throws IOException {
        Map<String, Object> before = given().get("/sync/status").then().statusCode(200).extract().jsonPath().getMap("callbacks");
        Instant now = Instant.now().plusSeconds(90);
        deliver(contactPayload(6, "+1 406-555-2401", now, sandbox.keyUrl()));
        given().contentType(ContentType.JSON).body(contactPayload(6, "+1 406-555-2402", now, sandbox.keyUrl()))
                .post("/connectwise/callbacks").then().statusCode(401);
        deliver(contactPayload(6, "+1 406-555-2403", now.minusSeconds(30), sandbox.keyUrl()));
        awaitLookup("+14065552401", true);

        // received 3 (one unsigned), applied 1, refused 1, ignored as older 1; other deliveries may add to them
        long deadline = System.nanoTime() + VISIBLE.toNanos();
        String page = "";
        while (System.nanoTime() < deadline) {
            page = given().get("/sync").then().statusCode(200).extract().asString();
            if (count(page, "received") >= number(before, "received") + 3 && count(page, "applied") >= number(before, "applied") + 1
                    && count(page, "rejected") >= number(before, "rejected") + 1 && count(page, "stale") >= number(before, "stale") + 1) {
                break;
            }
            Sandbox.sleep(50);
        }
        assertTrue(count(page, "received") >= number(before, "received") + 3, page);
        assertTrue(count(page, "applied") >= number(before, "applied") + 1, page);
        assertTrue(count(page, "rejected") >= number(before, "rejected") + 1, page);
        assertTrue(count(page, "stale") >= number(before, "stale") + 1, page);
        assertTrue(page.contains("id=\"callbacks-state\">On</span>"), page);
        assertTrue(page.contains("/connectwise/callbacks</code>"), "where ConnectWise delivers: " + page);
        assertTrue(page.contains("Last callback received <time datetime="), page);
        assertTrue(page.contains("Registrations confirmed"), page);
        given().get("/sync/status").then().body("callbacks.stale", org.hamcrest.Matchers.greaterThanOrEqualTo(count(page, "stale")));
    }

    private static int count(String page, String which) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"callbacks-" + which + "\">(\\d+)<").matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static long number(Map<String, Object> status, String key) {
        return ((Number) status.get(key)).longValue();
    }

    @Test
    void aStaleUpdateAfterANewerOneIsIgnored() throws IOException {
        Instant now = Instant.now().plusSeconds(60);
        deliver(contactPayload(4, "+1 406-555-2301", now, sandbox.keyUrl()));
        deliver(contactPayload(4, "+1 406-555-2302", now.minusSeconds(30), sandbox.keyUrl()));
        deliver(contactPayload(5, "+1 406-555-2303", now, sandbox.keyUrl()));

        awaitLookup("+14065552303", true);
        lookup("+14065552301").then().statusCode(200).body("contact.id", equalTo(4));
        lookup("+14065552302").then().statusCode(404);
    }

    @Test
    void aBurstOfAThousandCallbacksIsAppliedWithNoLostUpdate() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        Instant now = Instant.now().plusSeconds(120);
        for (int i = 0; i < 1000; i++) {
            bodies.add(contactPayload(100 + i, String.format("+1 406-555-%04d", 5000 + i), now, sandbox.keyUrl()));
        }
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (byte[] body : bodies) {
                sent.add(senders.submit(() -> given().contentType(ContentType.JSON)
                        .header(CallbackSignature.HEADER, CallbackSignature.sign(body, sandbox.signingKey()))
                        .body(body).post("/connectwise/callbacks").statusCode()));
            }
            for (Future<Integer> f : sent) {
                assertEquals(202, f.get());
            }
        } finally {
            senders.shutdown();
        }
        for (int i = 0; i < 1000; i++) {
            awaitLookup(String.format("+1406555%04d", 5000 + i), true, Duration.ofSeconds(180));
        }
        // ConnectWise's announcements are not anyone's write: a write after them is audited, they are not
        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/2904").then().statusCode(200);
        Audit.await(given(), "extension.assign", "/api/extensions/2904");
        List<Map<String, Object>> audited = given().queryParam("limit", 500).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("events");
        assertTrue(audited.stream().noneMatch(e -> String.valueOf(e.get("path")).startsWith("/connectwise/callbacks")),
                "callbacks in the audit trail: " + audited.size());
        Writes.tool().delete("/api/extensions/2904").then().statusCode(200);
    }

    @Test
    void aCallbackWithoutEntityIsReReadAndARereadFailureIsRetried() throws IOException {
        // a change made while delivery was paused: the sandbox announces nothing
        List<Integer> registrations = ours().stream().map(e -> (Integer) e.get("id")).toList();
        registrations.forEach(id -> setInactive(id, true));
        try {
            Sandbox.cw().body(Map.of("type", Map.of("name", "Cell"), "value", "+1 406-555-2401", "communicationType",
                    "Phone")).post("/company/contacts/6/communications").then().statusCode(201);
        } finally {
            registrations.forEach(id -> setInactive(id, false));
        }
        ObjectNode payload = JSON.readValue(contactPayload(6, "+1 406-555-2401", Instant.now(), sandbox.keyUrl()),
                ObjectNode.class);
        payload.putNull("Entity");
        Sandbox.clearRequests();
        Sandbox.fault(500, 2, "/company/contacts/6", 0, null);
        deliver(JSON.writeValueAsBytes(payload));

        awaitLookup("+14065552401", true);
        long reads = Sandbox.requests().stream().filter(r -> "GET".equals(r.get("method"))
                && String.valueOf(r.get("path")).endsWith("/company/contacts/6")).count();
        assertTrue(reads >= 3, "two failed re-reads, then one that worked: " + reads);
    }

    // --- helpers ---

    private static void setInactive(int id, boolean inactive) {
        Sandbox.cw().contentType(ContentType.JSON)
                .body(List.of(Map.of("op", "replace", "path", "inactiveFlag", "value", inactive)))
                .patch("/system/callbacks/" + id).then().statusCode(200);
    }

    private byte[] contactPayload(int contactId, String newNumber, Instant lastUpdated, String keyUrl)
            throws IOException {
        ObjectNode contact = JSON.readValue(Sandbox.cw().get("/company/contacts/" + contactId).then().statusCode(200)
                .extract().asString(), ObjectNode.class);
        ArrayNode items = contact.withArray("communicationItems");
        ObjectNode item = items.addObject();
        item.put("id", 900_000 + contactId);
        item.putObject("type").put("id", 1).put("name", "Direct");
        item.put("value", newNumber);
        item.put("communicationType", "Phone");
        contact.put("inactiveFlag", false);
        contact.withObject("/_info").put("lastUpdated", lastUpdated.toString());
        ObjectNode payload = JSON.createObjectNode();
        payload.put("MessageId", UUID.randomUUID().toString());
        payload.put("Action", "updated");
        payload.put("Type", "contact");
        payload.put("ID", contactId);
        payload.put("Entity", contact.toString());
        payload.putObject("Metadata").put("key_url", keyUrl);
        return JSON.writeValueAsBytes(payload);
    }

    private void deliver(byte[] body) {
        given().contentType(ContentType.JSON).header(CallbackSignature.HEADER,
                CallbackSignature.sign(body, sandbox.signingKey())).body(body).post("/connectwise/callbacks")
                .then().statusCode(202);
    }

    private static io.restassured.response.Response lookup(String e164) {
        return given().header("x-api-key", Sandbox.API_KEY).queryParam("phone", e164).get("/api/lookup");
    }

    private static void awaitLookup(String e164, boolean found) {
        awaitLookup(e164, found, VISIBLE);
    }

    private static void awaitLookup(String e164, boolean found, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int status;
        do {
            status = lookup(e164).statusCode();
            if ((status == 200) == found) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError(e164 + (found ? " not found" : " still found") + " after " + within);
    }

    private static int register(String description, String url, String type) {
        return Sandbox.cw().body(Map.of("description", description, "url", url, "objectId", 1, "type", type,
                "level", "Owner", "inactiveFlag", false)).post("/system/callbacks").then().statusCode(201)
                .extract().path("id");
    }

    private static List<Map<String, Object>> ours() {
        JsonPath all = Sandbox.cw().queryParam("pageSize", 1000).get("/system/callbacks").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> entries = all.getList("$");
        return entries.stream().filter(e -> String.valueOf(e.get("description")).startsWith("screenpop phone index · test"))
                .toList();
    }

    private static int port() {
        return io.restassured.RestAssured.port;
    }
}
