package io.screenpop.tickets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.screenpop.support.PushAndLimitTestProfile;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** {@code TICKET_DEFAULT_BOARD} and {@code TICKET_DEFAULT_PRIORITY} fill in what a caller leaves out, and only that. */
@QuarkusTest
@TestProfile(PushAndLimitTestProfile.class)
class TicketDefaultsTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    /**
     * @return the body of the last ticket the service POSTed to the sandbox; only tickets, because this profile sets
     *         {@code PUBLIC_BASE_URL}, so the callback registration job may write to {@code /system/callbacks} meanwhile
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastWrite() {
        var writes = Writes.cwCalls("POST", "/service/tickets");
        return (Map<String, Object>) writes.get(writes.size() - 1).get("body");
    }

    @Test
    void aTicketWithoutBoardOrPriorityGetsTheConfiguredOnes() {
        given().header("x-api-key", Sandbox.API_KEY).contentType("application/json")
                .body("{\"companyId\":1,\"summary\":\"Defaults please\"}").post("/api/tickets").then().statusCode(200)
                .body("ticket.board.name", equalTo(PushAndLimitTestProfile.DEFAULT_BOARD))
                .body("ticket.priority.id", equalTo(4));
        assertEquals(Map.of("id", 2), lastWrite().get("board"));
        assertEquals(Map.of("id", 4), lastWrite().get("priority"));
    }

    @Test
    void whatTheCallerNamesWins() {
        Writes.tool().formParam("company_id", 1).formParam("summary", "Named").formParam("board", "Help Desk")
                .formParam("priority", "Priority 1 - Emergency Response").post("/api/tickets").then().statusCode(200)
                .body("ticket.board.name", equalTo("Help Desk"));
        assertEquals(Map.of("id", 1), lastWrite().get("board"));
        assertEquals(Map.of("id", 1), lastWrite().get("priority"));
        Writes.tool().formParam("company_id", 1).formParam("summary", "Unknown").formParam("board", "Kitchen")
                .post("/api/tickets").then().statusCode(400).body("errors.board", containsString("Unknown board"));
    }
}
