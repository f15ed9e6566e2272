package io.screenpop.tickets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.cache.CacheManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * The ticket API with JSON bodies, as seed 001's tools send them: camelCase or snake_case keys, the
 * same answers and the same 400s as the forms, malformed JSON refused before anything is written.
 */
@QuarkusTest
class TicketJsonApiTest {

    @Inject
    CacheManager caches;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    private static RequestSpecification json() {
        return given().header("x-api-key", Sandbox.API_KEY).contentType("application/json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sent(Map<String, Object> request) {
        return (Map<String, Object>) request.get("body");
    }

    private static List<String> writes() {
        return Writes.cwWrites().stream().map(w -> w.get("method") + " " + w.get("path")).toList();
    }

    @Test
    void logChangeTakesTheJsonSeed001ToolsSend() {
        int ticket = TicketApiResourceTest.newTicket("JSON log target");
        json().body("{\"noteText\":\"Walked Jane through the printer reset\",\"memberIdentifier\":\"tlopez\",\"hours\":0.25}")
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(200)
                .body("success", equalTo(true)).body("steps.note.ok", equalTo(true)).body("steps.time.ok", equalTo(true))
                .body("message", containsString("15 minutes recorded for Tina Lopez"));
        assertEquals(List.of("POST /service/tickets/" + ticket + "/notes", "POST /time/entries"), writes());
        assertEquals(0.25f, ((Number) sent(Writes.cwWrites().get(1)).get("actualHours")).floatValue());
        assertEquals(Map.of("identifier", "tlopez"), sent(Writes.cwWrites().get(1)).get("member"));

        Sandbox.clearRequests();
        json().body(Map.of("note_text", "Closed it", "member_identifier", "tlopez", "minutes", 5, "status_id", 4,
                "internal", true)).post("/api/tickets/" + ticket + "/log-change").then().statusCode(200)
                .body("status", equalTo("Closed")).body("steps.status.ok", equalTo(true));
        assertEquals(true, sent(Writes.cwWrites().get(0)).get("internalAnalysisFlag"));
        assertEquals(List.of(Map.of("op", "replace", "path", "status", "value", Map.of("id", 4))), Writes.cwWrites().get(2).get("body"));
    }

    @Test
    void jsonAndFormAnswerAlike() {
        int viaForm = TicketApiResourceTest.newTicket("Form twin");
        JsonPath form = Writes.tool().formParam("text", "Same words").formParam("internal", "true")
                .formParam("member_identifier", "mchen").post("/api/tickets/" + viaForm + "/notes").then().statusCode(200)
                .extract().jsonPath();
        int viaJson = TicketApiResourceTest.newTicket("JSON twin");
        JsonPath camel = json().body(Map.of("text", "Same words", "internal", true, "memberIdentifier", "mchen"))
                .post("/api/tickets/" + viaJson + "/notes").then().statusCode(200).extract().jsonPath();
        assertEquals(form.getString("message").replace("#" + viaForm, "#"), camel.getString("message").replace("#" + viaJson, "#"));
        assertEquals(form.getMap("").keySet(), camel.getMap("").keySet());

        JsonPath formTime = Writes.tool().formParam("member_identifier", "mchen").formParam("minutes", 15)
                .post("/api/tickets/" + viaForm + "/time").then().statusCode(200).extract().jsonPath();
        JsonPath jsonTime = json().body("{\"memberIdentifier\":\"mchen\",\"minutes\":15,\"notes\":\"VPN\"}")
                .post("/api/tickets/" + viaJson + "/time").then().statusCode(200).extract().jsonPath();
        assertEquals(formTime.getString("message").replace("#" + viaForm, "#"), jsonTime.getString("message").replace("#" + viaJson, "#"));

        json().body("{\"status\":\"waiting\"}").patch("/api/tickets/" + viaJson + "/status").then().statusCode(200)
                .body("status", equalTo("Waiting")).body("ticket.status.name", equalTo("Waiting"));
        json().body("{\"statusId\":2}").patch("/api/tickets/" + viaJson + "/status").then().statusCode(200)
                .body("status", equalTo("In Progress"));
    }

    @Test
    void createTakesCamelCaseOrSnakeCase() {
        json().body(Map.of("companyId", 1, "contactId", 1, "summary", "JSON camel", "board", "Help Desk",
                "priority", "Priority 2 - Quick Response")).post("/api/tickets").then().statusCode(200)
                .body("success", equalTo(true)).body("status", equalTo("New")).body("ticket_id", notNullValue());
        Map<String, Object> camel = sent(Writes.cwWrites().get(0));
        assertEquals(Map.of("id", 1), camel.get("company"));
        assertEquals(Map.of("id", 2), camel.get("priority"));
        Sandbox.clearRequests();
        json().body(Map.of("company_id", 1, "summary", "JSON snake", "board", "1")).post("/api/tickets").then().statusCode(200)
                .body("ticket.board.name", equalTo("Help Desk"));
        assertTrue(!sent(Writes.cwWrites().get(0)).containsKey("priority"), "no priority: ConnectWise's own default");
    }

    @Test
    void theSameValidationAndNothingWritten() {
        json().body(Map.of("company_id", 1, "summary", " ", "board", "Help Desk")).post("/api/tickets").then().statusCode(400)
                .body("success", equalTo(false)).body("errors.summary", containsString("required"));
        json().body(Map.of("summary", "No company", "board", "Help Desk")).post("/api/tickets").then().statusCode(400)
                .body("errors.company_id", containsString("required"));
        json().body("{\"companyId\":1,\"summary\":\"Which board?\"}").post("/api/tickets").then().statusCode(400)
                .body("errors.board", containsString("Help Desk, Projects"));
        json().body("{\"noteText\":\"\"}").post("/api/tickets/1/log-change").then().statusCode(400)
                .body("errors.note_text", containsString("required"));
        json().body("{\"noteText\":\"x\",\"minutes\":5}").post("/api/tickets/1/log-change").then().statusCode(400)
                .body("errors.member_identifier", containsString("required"));
        json().body("{\"memberIdentifier\":\"mchen\",\"minutes\":15,\"hours\":1}").post("/api/tickets/1/time").then()
                .statusCode(400).body("errors", hasKey("minutes"));
        json().body("{\"memberIdentifier\":\"mchen\",\"hours\":\"a quarter\"}").post("/api/tickets/1/time").then()
                .statusCode(400).body("errors.hours", containsString("wrong type"));
        json().body("{\"memberIdentifier\":\"mchen\",\"member_identifier\":\"tlopez\",\"minutes\":5}")
                .post("/api/tickets/1/time").then().statusCode(400).body("errors.member_identifier", containsString("twice"));
        json().body("{\"statusId\":6}").patch("/api/tickets/1/status").then().statusCode(400)
                .body("errors.status", containsString("Help Desk"));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void malformedJsonIs400NamingTheProblem() {
        json().body("{\"noteText\":\"unfinished").post("/api/tickets/1/log-change").then().statusCode(400)
                .body("success", equalTo(false)).body("message", containsString("Malformed JSON"))
                .body("errors.body", containsString("not valid JSON"));
        json().body("[\"a\",\"list\"]").post("/api/tickets/1/notes").then().statusCode(400)
                .body("errors.body", containsString("JSON object"));
        json().body("").post("/api/tickets/1/notes").then().statusCode(400).body("errors", hasKey("body"));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void jsonFromABrowserStillNeedsTheCsrfToken() {
        given().contentType("application/json").body("{\"text\":\"hello\"}").post("/api/tickets/1/notes").then().statusCode(403);
        assertTrue(Writes.cwWrites().isEmpty());
    }

    @Test
    void withoutABoardTheOnlyActiveBoardIsUsed() {
        Sandbox.cw().body(List.of(Map.of("op", "replace", "path", "inactiveFlag", "value", true)))
                .patch("/service/boards/2").then().statusCode(200);
        caches.getCache("service-boards").orElseThrow().invalidateAll().await().indefinitely();
        try {
            json().body("{\"companyId\":1,\"summary\":\"Goes to the only board\"}").post("/api/tickets").then().statusCode(200)
                    .body("ticket.board.name", equalTo("Help Desk"));
            assertEquals(Map.of("id", 1), sent(Writes.cwWrites().get(Writes.cwWrites().size() - 1)).get("board"));
        } finally {
            Sandbox.cw().body(List.of(Map.of("op", "replace", "path", "inactiveFlag", "value", false)))
                    .patch("/service/boards/2").then().statusCode(200);
            caches.getCache("service-boards").orElseThrow().invalidateAll().await().indefinitely();
        }
    }
}
