package io.screenpop.tickets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** The ticket API against the sandbox, with the ConnectWise calls each action makes. */
@QuarkusTest
class TicketApiResourceTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    /** A fresh open ticket of ACME on the Help Desk board, created directly in the sandbox. */
    static int newTicket(String summary) {
        int id = Sandbox.cw().body(Map.of("summary", summary, "company", Map.of("id", 1), "contact", Map.of("id", 1),
                "board", Map.of("id", 1))).post("/service/tickets").then().statusCode(201).extract().jsonPath().getInt("id");
        Sandbox.clearRequests();
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> request) {
        return (Map<String, Object>) request.get("body");
    }

    private static String param(Map<String, Object> request, String name) {
        Object values = ((Map<?, ?>) request.get("query")).get(name);
        return values == null ? null : String.valueOf(((List<?>) values).get(0));
    }

    @Test
    void searchByNumberOrBySummaryEscapingTheText() {
        given().queryParam("q", "5").get("/api/tickets/search").then().statusCode(200)
                .body("id", equalTo(List.of(5))).body("[0].summary", equalTo("Server room temperature alarm"))
                .body("[0].company.name", equalTo("Globex UK Ltd"));
        given().queryParam("q", "SSL cert").queryParam("companyId", 2).get("/api/tickets/search").then().statusCode(200)
                .body("id", equalTo(List.of(6))).body("[0].closed", equalTo(true));
        given().queryParam("q", "SSL cert").queryParam("companyId", 1).get("/api/tickets/search").then().body("", empty());
        given().queryParam("q", "100% \"down\"").get("/api/tickets/search").then().statusCode(200).body("", empty());

        List<Map<String, Object>> reads = Writes.cwCalls("GET", "/service/tickets");
        assertEquals("id = 5", param(reads.get(0), "conditions"));
        assertEquals("id desc", param(reads.get(0), "orderBy"));
        assertEquals("(summary like \"%SSL cert%\") and (company/id = 2)", param(reads.get(1), "conditions"));
        assertEquals("summary like \"%100[%] \\\"down\\\"%\"", param(reads.get(3), "conditions"));
    }

    @Test
    void searchAnswersFromThe30SecondCache() {
        given().queryParam("q", "temperature").get("/api/tickets/search").then().statusCode(200).body("id", hasItem(5));
        assertEquals(1, Writes.cwCalls("GET", "/service/tickets").size());
        Sandbox.clearRequests();
        given().queryParam("q", "temperature").get("/api/tickets/search").then().statusCode(200).body("id", hasItem(5));
        assertTrue(Writes.cwCalls("GET", "/service/tickets").isEmpty(), "a second search within 30 s makes no ConnectWise call");
        given().queryParam("q", "temperature").queryParam("companyId", 2).get("/api/tickets/search").then().body("id", hasItem(5));
        assertEquals(1, Writes.cwCalls("GET", "/service/tickets").size(), "another company is another cache entry");
    }

    @Test
    void searchNeedsANumberOrTwoCharacters() {
        given().get("/api/tickets/search").then().statusCode(400).body("errors", hasKey("q"));
        given().queryParam("q", "x").get("/api/tickets/search").then().statusCode(400).body("success", equalTo(false));
        assertTrue(Sandbox.requests().isEmpty());
    }

    @Test
    void openTicketsOfACompanyAndOfAMember() {
        List<Integer> acme = given().queryParam("companyId", 1).get("/api/tickets/open").then().statusCode(200)
                .body("closed", everyItem(equalTo(false))).body("id", not(hasItem(3)))
                .body("find { it.id == 4 }.priority.color", equalTo("Orange"))
                .body("find { it.id == 4 }.url", equalTo("https://app.nilear.com/mtx/4"))
                .body("find { it.id == 4 }.board.name", equalTo("Help Desk"))
                .body("find { it.id == 1 }.contact.name", equalTo("Jane Doe"))
                .body("find { it.id == 1 }.status.name", notNullValue())
                .extract().jsonPath().getList("id", Integer.class);
        assertTrue(acme.indexOf(4) < acme.indexOf(2) && acme.indexOf(2) < acme.indexOf(1), "newest first: " + acme);
        Map<String, Object> read = Writes.cwCalls("GET", "/service/tickets").get(0);
        assertEquals("(company/id = 1) and (closedFlag = false)", param(read, "conditions"));
        assertEquals("25", param(read, "pageSize"));

        given().queryParam("member", "tlopez").get("/api/tickets/open").then().statusCode(200)
                .body("id", hasItem(1)).body("id", hasItem(4)).body("id", not(hasItem(2))).body("id", not(hasItem(3)));
        given().get("/api/tickets/open").then().statusCode(400);
    }

    @Test
    void oneTicketOr404() {
        given().get("/api/tickets/2").then().statusCode(200).body("summary", equalTo("New laptop for John Smith"))
                .body("board.name", equalTo("Projects")).body("owner.identifier", equalTo("mchen"));
        given().get("/api/tickets/99999").then().statusCode(404).body("success", equalTo(false))
                .body("message", containsString("#99999"));
    }

    @Test
    void createsATicketWithTheBoardsDefaultStatus() {
        int id = Writes.tool().formParam("company_id", 1).formParam("contact_id", 1).formParam("summary", "Outlook keeps crashing")
                .formParam("description", "Since the update this morning").formParam("board", "help desk")
                .formParam("priority", "Priority 2 - Quick Response")
                .post("/api/tickets").then().statusCode(200)
                .body("success", equalTo(true)).body("status", equalTo("New"))
                .body("message", containsString("created")).body("ticket.url", containsString("/mtx/"))
                .extract().jsonPath().getInt("ticket_id");

        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(1, writes.size(), "one write: " + writes);
        Map<String, Object> sent = body(writes.get(0));
        assertTrue(String.valueOf(writes.get(0).get("path")).endsWith("/service/tickets"));
        assertEquals("Outlook keeps crashing", sent.get("summary"));
        assertEquals("Since the update this morning", sent.get("initialDescription"));
        assertEquals(Map.of("id", 1), sent.get("board"));
        assertEquals(Map.of("id", 1), sent.get("company"));
        assertEquals(Map.of("id", 1), sent.get("contact"));
        assertEquals(Map.of("id", 2), sent.get("priority"));
        assertFalse(sent.containsKey("status"), "status is left to the board's default: " + sent);

        given().queryParam("companyId", 1).get("/api/tickets/open").then().body("[0].id", equalTo(id))
                .body("[0].priority.color", equalTo("Orange"));
    }

    @Test
    void badTicketInputIs400AndWritesNothing() {
        Writes.tool().formParam("company_id", 1).formParam("summary", " ").formParam("board", "")
                .post("/api/tickets").then().statusCode(400).body("errors.summary", containsString("required"));
        Writes.tool().formParam("company_id", 1).formParam("summary", "No board named").formParam("board", "")
                .post("/api/tickets").then().statusCode(400)
                .body("errors.board", containsString("required")).body("errors.board", containsString("Help Desk, Projects"));
        Writes.tool().formParam("company_id", 1).formParam("summary", "x".repeat(101)).formParam("board", "Help Desk")
                .post("/api/tickets").then().statusCode(400).body("errors.summary", containsString("100"));
        Writes.tool().formParam("company_id", 1).formParam("summary", "Hi").formParam("board", "Kitchen")
                .post("/api/tickets").then().statusCode(400).body("errors.board", containsString("Help Desk"));
        Writes.tool().formParam("company_id", 1).formParam("summary", "Hi").formParam("board", "1").formParam("priority", "Whenever")
                .post("/api/tickets").then().statusCode(400).body("errors.priority", containsString("Priority 1"));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void connectWiseRefusalComesBackWithItsMessage() {
        Writes.tool().formParam("company_id", 987654).formParam("summary", "Ghost company").formParam("board", "Help Desk")
                .post("/api/tickets").then().statusCode(400)
                .body("success", equalTo(false)).body("message", containsString("ticket object is invalid"))
                .body("errors.company", containsString("987654"));
    }

    @Test
    void writesFromBrowsersNeedTheCsrfToken() {
        given().contentType("application/x-www-form-urlencoded").formParam("text", "hello")
                .post("/api/tickets/1/notes").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("status", "New")
                .patch("/api/tickets/1/status").then().statusCode(403);
        assertTrue(Writes.cwWrites().isEmpty());
    }

    @Test
    void addsAnInternalNote() {
        int ticket = newTicket("Note target");
        Writes.tool().formParam("text", "Caller says it is urgent").formParam("internal", "true")
                .formParam("member_identifier", "TLOPEZ")
                .post("/api/tickets/" + ticket + "/notes").then().statusCode(200)
                .body("success", equalTo(true)).body("note_id", notNullValue()).body("message", containsString("Internal note"));
        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(1, writes.size());
        assertEquals("/service/tickets/" + ticket + "/notes", writes.get(0).get("path"));
        Map<String, Object> sent = body(writes.get(0));
        assertEquals("Caller says it is urgent", sent.get("text"));
        assertEquals(true, sent.get("internalAnalysisFlag"));
        assertEquals(false, sent.get("detailDescriptionFlag"));
        assertEquals(Map.of("identifier", "tlopez"), sent.get("member"));
    }

    @Test
    void recordsTimeChargedToTheTicket() {
        int ticket = newTicket("Time target");
        Writes.tool().formParam("member_identifier", "mchen").formParam("minutes", 15).formParam("notes", "Reset the VPN profile")
                .post("/api/tickets/" + ticket + "/time").then().statusCode(200)
                .body("time_entry_id", notNullValue()).body("message", containsString("15 minutes recorded"))
                .body("message", containsString("Marcus Chen"));
        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(1, writes.size());
        assertEquals("/time/entries", writes.get(0).get("path"));
        Map<String, Object> sent = body(writes.get(0));
        assertEquals(ticket, sent.get("chargeToId"));
        assertEquals("ServiceTicket", sent.get("chargeToType"));
        assertEquals(Map.of("identifier", "mchen"), sent.get("member"));
        assertEquals(0.25f, ((Number) sent.get("actualHours")).floatValue());
        assertEquals(Duration.ofMinutes(15), Duration.between(Instant.parse((String) sent.get("timeStart")),
                Instant.parse((String) sent.get("timeEnd"))));
        assertEquals("Reset the VPN profile", sent.get("notes"));

        Writes.tool().formParam("member_identifier", "mchen").formParam("hours", "1.5")
                .post("/api/tickets/" + ticket + "/time").then().statusCode(200).body("message", containsString("1 hour 30 minutes recorded"));
    }

    @Test
    void badTimeIs400AndWritesNothing() {
        Writes.tool().formParam("member_identifier", "mchen").formParam("minutes", 15).formParam("hours", 1)
                .post("/api/tickets/1/time").then().statusCode(400).body("errors", hasKey("minutes"));
        Writes.tool().formParam("member_identifier", "mchen").post("/api/tickets/1/time").then().statusCode(400)
                .body("errors", hasKey("minutes"));
        Writes.tool().formParam("member_identifier", "mchen").formParam("minutes", 0).post("/api/tickets/1/time").then()
                .statusCode(400).body("errors.minutes", containsString("at least 1"));
        Writes.tool().formParam("member_identifier", "kjones").formParam("minutes", 5).post("/api/tickets/1/time").then()
                .statusCode(400).body("errors.member_identifier", containsString("kjones"));
        Writes.tool().formParam("minutes", 5).post("/api/tickets/1/time").then()
                .statusCode(400).body("errors.member_identifier", containsString("required"));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void changesTheStatusByNameWithinTheTicketsBoard() {
        int ticket = newTicket("Status target");
        Writes.tool().formParam("status", "waiting").patch("/api/tickets/" + ticket + "/status").then().statusCode(200)
                .body("status", equalTo("Waiting")).body("ticket.status.name", equalTo("Waiting"));
        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(1, writes.size());
        assertEquals("PATCH", writes.get(0).get("method"));
        assertEquals(List.of(Map.of("op", "replace", "path", "status", "value", Map.of("id", 3))), writes.get(0).get("body"));

        Writes.tool().formParam("status", "Closed").patch("/api/tickets/" + ticket + "/status").then().statusCode(200)
                .body("ticket.closed", equalTo(true));
        Sandbox.clearRequests();
        Writes.tool().formParam("status", "Done and dusted").patch("/api/tickets/" + ticket + "/status").then().statusCode(400)
                .body("errors.status", containsString("In Progress"));
        Writes.tool().formParam("status", "6").patch("/api/tickets/" + ticket + "/status").then().statusCode(400)
                .body("errors.status", containsString("Help Desk"));
        assertTrue(Writes.cwWrites().isEmpty());
    }

    @Test
    void logChangeWritesNoteThenTimeThenStatus() {
        int ticket = newTicket("Log target");
        Writes.tool().formParam("note_text", "Walked Jane through the printer reset").formParam("member_identifier", "tlopez")
                .formParam("minutes", 10).formParam("status", "In Progress")
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(200)
                .body("success", equalTo(true)).body("status", equalTo("In Progress"))
                .body("steps.note.ok", equalTo(true)).body("steps.note.id", notNullValue())
                .body("steps.time.ok", equalTo(true)).body("steps.time.id", notNullValue())
                .body("steps.status.ok", equalTo(true));
        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(List.of("POST /service/tickets/" + ticket + "/notes", "POST /time/entries", "PATCH /service/tickets/" + ticket),
                writes.stream().map(w -> w.get("method") + " " + w.get("path")).toList());
        assertEquals(true, body(writes.get(0)).get("detailDescriptionFlag"));
        assertEquals(false, body(writes.get(1)).get("addToDetailDescriptionFlag"), "the time's notes are not a second note");

        Sandbox.clearRequests();
        Writes.tool().formParam("note_text", "Left a voicemail").post("/api/tickets/" + ticket + "/log-change").then()
                .statusCode(200).body("steps.note.ok", equalTo(true)).body("steps", not(hasKey("time")))
                .body("steps", not(hasKey("status")));
        assertEquals(1, Writes.cwWrites().size());
    }

    @Test
    void logChangeShowsAFailedTimeEntryAndStillChangesTheStatus() {
        int ticket = newTicket("Partial failure target");
        Sandbox.fault(500, 1, "time/entries", 0, null);
        Writes.tool().formParam("note_text", "Called back").formParam("member_identifier", "tlopez")
                .formParam("hours", "0.5").formParam("status", "Waiting")
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(502)
                .body("success", equalTo(false)).body("ticket_id", equalTo(ticket))
                .body("steps.note.ok", equalTo(true)).body("steps.note.id", notNullValue())
                .body("steps.time.ok", equalTo(false)).body("steps.time.error", containsString("HTTP 500"))
                .body("steps.status.ok", equalTo(true)).body("status", equalTo("Waiting"))
                .body("message", containsString("time entry failed"));
        assertEquals(List.of("POST 201", "POST 500", "PATCH 200"),
                Writes.cwWrites().stream().map(w -> w.get("method") + " " + w.get("status")).toList());
        Sandbox.cw().get("/service/tickets/" + ticket + "/notes").then().body("text", equalTo(List.of("Called back")));
    }

    @Test
    void logChangeStopsWhenTheNoteFails() {
        int ticket = newTicket("Note failure target");
        Sandbox.fault(500, 1, "/notes", 0, null);
        Writes.tool().formParam("note_text", "Called back").formParam("member_identifier", "tlopez")
                .formParam("minutes", 5).formParam("status", "Waiting")
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(502)
                .body("steps.note.ok", equalTo(false))
                .body("steps.time.skipped", equalTo(true)).body("steps.status.skipped", equalTo(true));
        assertEquals(1, Writes.cwWrites().size(), "only the failed note: " + Writes.cwWrites());
    }

    @Test
    void logChangeWithBadInputWritesNothing() {
        Writes.tool().formParam("note_text", "x").formParam("status", "Archived").post("/api/tickets/1/log-change").then()
                .statusCode(400).body("errors.status", containsString("Waiting"));
        Writes.tool().formParam("note_text", "x").formParam("minutes", 5).post("/api/tickets/1/log-change").then()
                .statusCode(400).body("errors.member_identifier", containsString("required"));
        Writes.tool().formParam("note_text", "").post("/api/tickets/1/log-change").then()
                .statusCode(400).body("errors.note_text", containsString("required"));
        Writes.tool().formParam("note_text", "x").post("/api/tickets/99999/log-change").then().statusCode(404);
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void formListsComeFromConnectWise() {
        given().get("/api/service/boards").then().statusCode(200)
                .body("name", equalTo(List.of("Help Desk", "Projects")));
        given().get("/api/service/boards/1/statuses").then().statusCode(200)
                .body("name", equalTo(List.of("New", "In Progress", "Waiting", "Closed")))
                .body("find { it.name == 'Closed' }.closedStatus", equalTo(true));
        given().get("/api/service/priorities").then().statusCode(200)
                .body("[0].name", equalTo("Priority 1 - Emergency Response")).body("[0].color", equalTo("Red"));
        given().get("/api/members").then().statusCode(200)
                .body("identifier", hasItem("tlopez")).body("identifier", not(hasItem("kjones")))
                .body("identifier", not(hasItem("screenpopapi")))
                .body("find { it.identifier == 'tlopez' }.name", equalTo("Tina Lopez"));
    }
}
