package io.screenpop.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.screenpop.support.Audit;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * The audit trail through the HTTP surface, with sign-in off (so every caller is an admin): each kind
 * of write leaves one {@code audit_event} row with who, address, action, targets, outcome and
 * duration; reads and the 3CX lookup leave none; old rows are purged.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String KEY_ACTOR = "API key ";

    @Inject
    AuditTrail trail;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    private static RequestSpecification admin() {
        return given();
    }

    private static int newTicket(String summary) {
        return Sandbox.cw().body(Map.of("summary", summary, "company", Map.of("id", 1), "contact", Map.of("id", 1),
                "board", Map.of("id", 1))).post("/service/tickets").then().statusCode(201).extract().jsonPath().getInt("id");
    }

    @Test
    void everyKindOfWriteIsRecordedWithWhoWhatTargetsAndOutcome() {
        int ticket = newTicket("Audit me");

        Writes.tool().formParam("phone", "(408) 451-1460").formParam("phone_type", "Cell")
                .post("/api/contacts/2/add-phone").then().statusCode(200);
        Map<String, Object> added = Audit.await(admin(), "contact.add-phone", "/api/contacts/2/add-phone");
        assertTrue(String.valueOf(added.get("actor")).startsWith(KEY_ACTOR), "actor " + added);
        assertEquals("API_KEY", added.get("actor_kind"));
        assertFalse(String.valueOf(added.get("actor")).contains(Sandbox.API_KEY), "never the key itself");
        assertEquals("127.0.0.1", added.get("address"));
        assertEquals("success", added.get("outcome"));
        assertEquals(200, added.get("status"));
        assertEquals("POST", added.get("method"));
        assertTrue(String.valueOf(added.get("targets")).contains("contact_id=2"), "targets " + added);
        assertTrue(String.valueOf(added.get("targets")).contains("company_id=1"), "targets " + added);
        assertTrue(((Number) added.get("duration_ms")).intValue() >= 0);
        assertNotNull(Instant.parse(String.valueOf(added.get("occurred_at"))));

        int contactId = Writes.tool().formParam("company_id", 3).formParam("first_name", "Audrey")
                .formParam("last_name", "Trail").formParam("phone", "512.555.0177")
                .post("/api/contacts/create").then().statusCode(200).extract().jsonPath().getInt("contact_id");
        assertTarget("contact.create", "contact_id=" + contactId);

        int companyId = Writes.tool().formParams(Writes.companyForm("Audit Trail Partners", "(415) 555-0171"))
                .post("/api/companies/create").then().statusCode(200).extract().jsonPath().getInt("company_id");
        assertTarget("company.create", "company_id=" + companyId);

        int created = Writes.tool().formParam("company_id", 1).formParam("summary", "Audited ticket").formParam("board", "Help Desk")
                .post("/api/tickets").then().statusCode(200).extract().jsonPath().getInt("ticket_id");
        assertTarget("ticket.create", "ticket_id=" + created);

        int noteId = Writes.tool().formParam("text", "Audited note").formParam("member_identifier", "tlopez")
                .post("/api/tickets/" + ticket + "/notes").then().statusCode(200).extract().jsonPath().getInt("note_id");
        Map<String, Object> note = Audit.await(admin(), "ticket.note", "/api/tickets/" + ticket + "/notes");
        assertEquals("ticket_id=" + ticket + " note_id=" + noteId, note.get("targets"));

        int entryId = Writes.tool().formParam("member_identifier", "mchen").formParam("minutes", 5)
                .post("/api/tickets/" + ticket + "/time").then().statusCode(200).extract().jsonPath().getInt("time_entry_id");
        assertTarget("ticket.time", "time_entry_id=" + entryId);

        Writes.tool().formParam("status", "waiting").patch("/api/tickets/" + ticket + "/status").then().statusCode(200);
        assertEquals("success", Audit.await(admin(), "ticket.status", "/api/tickets/" + ticket + "/status").get("outcome"));

        Writes.tool().formParam("note_text", "Audited call").formParam("member_identifier", "tlopez").formParam("minutes", 3)
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(200);
        assertEquals("success", Audit.await(admin(), "ticket.log-call", "/api/tickets/" + ticket + "/log-change").get("outcome"));

        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/2901").then().statusCode(200);
        assertTarget("extension.assign", "extension=2901");
        Writes.tool().delete("/api/extensions/2901").then().statusCode(200);
        assertTarget("extension.unassign", "extension=2901");

        Map<String, Object> report = new HashMap<>(Map.of("number", "+1 408 555 1213", "agent", "204",
                "call_type", "Inbound", "start", "2025-06-02T15:04:05Z", "duration", "00:01:00"));
        int activity = given().header("apikey", Sandbox.API_KEY).contentType(ContentType.JSON).body(report)
                .post("/api/3cx/journal").then().statusCode(200).extract().jsonPath().getInt("activity_id");
        assertTarget("3cx.journal", "activity_id=" + activity);

        Sandbox.syncAndWait("incremental");
        Map<String, Object> sync = Audit.await(admin(), "sync.start", "/sync");
        assertEquals(202, sync.get("status"));
        assertTrue(String.valueOf(sync.get("targets")).contains("runId="), "run id: " + sync);
    }

    @Test
    void refusedAndFailedWritesAreRecordedWithTheirMessage() {
        int ticket = newTicket("Audit refusals");
        Writes.tool().formParam("member_identifier", "mchen").formParam("minutes", 0)
                .post("/api/tickets/" + ticket + "/time").then().statusCode(400);
        Map<String, Object> invalid = Audit.await(admin(), "ticket.time", e -> ("/api/tickets/" + ticket + "/time").equals(e.get("path"))
                && Integer.valueOf(400).equals(e.get("status")));
        assertEquals("refused", invalid.get("outcome"));
        assertTrue(String.valueOf(invalid.get("detail")).contains("Time spent"), "detail: " + invalid);

        // a browser write without the CSRF token: refused by the CSRF filter, still recorded, as the address
        given().contentType("application/x-www-form-urlencoded").formParam("text", "forged")
                .post("/api/tickets/" + ticket + "/notes").then().statusCode(403);
        Map<String, Object> forged = Audit.await(admin(), "ticket.note", e -> ("/api/tickets/" + ticket + "/notes").equals(e.get("path"))
                && Integer.valueOf(403).equals(e.get("status")));
        assertEquals("refused", forged.get("outcome"));
        assertEquals("ANONYMOUS", forged.get("actor_kind"));
        assertEquals("127.0.0.1", forged.get("actor"));

        Sandbox.fault(500, 1, "/service/tickets/" + ticket + "/notes", 0, null);
        Writes.tool().formParam("text", "ConnectWise is down").post("/api/tickets/" + ticket + "/notes").then().statusCode(502);
        Map<String, Object> failed = Audit.await(admin(), "ticket.note", e -> ("/api/tickets/" + ticket + "/notes").equals(e.get("path"))
                && Integer.valueOf(502).equals(e.get("status")));
        assertEquals("failed", failed.get("outcome"));
        assertTrue(String.valueOf(failed.get("detail")).contains("ConnectWise"), "detail: " + failed);
    }

    @Test
    void readsAndThe3cxLookupAreNotWrites() {
        given().header("apikey", Sandbox.API_KEY).contentType(ContentType.JSON).body(Map.of("number", "4085551212"))
                .post("/api/3cx/crm").then().statusCode(200);
        given().get("/api/tickets/1").then().statusCode(200);
        // a write afterwards is found, and nothing was recorded for the lookups before it
        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/2902").then().statusCode(200);
        Audit.await(admin(), "extension.assign", "/api/extensions/2902");
        List<Map<String, Object>> all = given().queryParam("limit", 500).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("events");
        assertTrue(all.stream().noneMatch(e -> String.valueOf(e.get("path")).startsWith("/api/3cx/crm")
                || "GET".equals(e.get("method"))), "no reads: " + all);
        Writes.tool().delete("/api/extensions/2902").then().statusCode(200);
    }

    @Test
    void filtersByWhoActionOutcomeAndDateAndRejectsBadFilters() {
        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/2903").then().statusCode(200);
        Audit.await(admin(), "extension.assign", "/api/extensions/2903");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        given().queryParam("who", "api KEY").queryParam("action", "extension.assign").queryParam("outcome", "success")
                .queryParam("from", today).queryParam("to", today).get("/api/audit").then().statusCode(200)
                .body("events.path", org.hamcrest.Matchers.hasItem("/api/extensions/2903"));
        given().queryParam("who", "nobody-like-this").get("/api/audit").then().statusCode(200)
                .body("events", org.hamcrest.Matchers.empty());
        given().queryParam("from", "2000-01-01").queryParam("to", "2000-01-02").get("/api/audit").then().statusCode(200)
                .body("events", org.hamcrest.Matchers.empty());
        given().queryParam("outcome", "maybe").get("/api/audit").then().statusCode(400).body("errors", hasKey("outcome"));
        given().queryParam("from", "yesterday").get("/api/audit").then().statusCode(400).body("errors", hasKey("from"));
        given().queryParam("limit", 0).get("/api/audit").then().statusCode(400).body("errors", hasKey("limit"));

        given().queryParam("action", "extension.assign").get("/admin/audit").then().statusCode(200)
                .contentType(ContentType.HTML).body(containsString("/api/extensions/2903"))
                .body(containsString("Audit trail"));
        given().queryParam("from", "yesterday").get("/admin/audit").then().statusCode(200)
                .body(containsString("Filter not applied: from must be a date"));
        Writes.tool().delete("/api/extensions/2903").then().statusCode(200);
    }

    @Test
    void rowsOlderThanTheRetentionArePurged() {
        Instant now = Instant.now();
        long old = insert("purge-me@example.com", now.minus(Duration.ofDays(366)));
        long kept = insert("keep-me@example.com", now.minus(Duration.ofDays(364)));
        given().queryParam("who", "purge-me@").get("/api/audit").then().statusCode(200).body("events.id", org.hamcrest.Matchers.hasItem((int) old));

        assertTrue(trail.purge(now) >= 1);

        given().queryParam("who", "purge-me@").get("/api/audit").then().statusCode(200).body("events", org.hamcrest.Matchers.empty());
        given().queryParam("who", "keep-me@").get("/api/audit").then().statusCode(200)
                .body("events[0].id", equalTo((int) kept));
    }

    private static long insert(String actor, Instant when) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent e = new AuditEvent();
            e.occurredAt = when;
            e.actor = actor;
            e.actorKind = "AGENT";
            e.action = "ticket.note";
            e.httpMethod = "POST";
            e.path = "/api/tickets/1/notes";
            e.outcome = "success";
            e.httpStatus = 200;
            e.persist();
            return e.id;
        });
    }

    private static void assertTarget(String action, String target) {
        Map<String, Object> event = Audit.await(admin(), action,
                e -> String.valueOf(e.get("targets")).contains(target));
        assertEquals("success", event.get("outcome"), "event " + event);
    }
}
