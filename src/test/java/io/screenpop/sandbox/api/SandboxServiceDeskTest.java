package io.screenpop.sandbox.api;

import static io.screenpop.sandbox.CwRequests.cw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.screenpop.sandbox.SandboxTestProfile;
import io.screenpop.sandbox.control.SandboxReset;

/** The sandbox's service desk: tickets, notes, time entries, boards with statuses, priorities, members. */
@QuarkusTest
@TestProfile(SandboxTestProfile.class)
class SandboxServiceDeskTest {

    @Inject
    SandboxReset reset;

    @BeforeEach
    void freshData() {
        reset.resetAll();
    }

    @Test
    void openTicketsOfACompanyNewestFirst() {
        cw().queryParam("conditions", "company/id = 1 and closedFlag = false").queryParam("orderBy", "id desc")
                .get("/service/tickets").then().statusCode(200)
                .body("id", equalTo(List.of(4, 2, 1)))
                .body("[0].status.name", equalTo("Waiting"))
                .body("[0].priority.name", equalTo("Priority 2 - Quick Response"))
                .body("[0].owner.identifier", equalTo("mchen"))
                .body("[0].resources", equalTo("mchen, tlopez"))
                .body("[2].contact.name", equalTo("Jane Doe"))
                .body("[2].company.identifier", equalTo("AcmeCorp"));
        cw().queryParam("conditions", "company/id = 2 and closedFlag = true").get("/service/tickets").then()
                .body("summary", equalTo(List.of("Renew SSL certificate")));
    }

    @Test
    void boardsStatusesTypesPrioritiesAndMembers() {
        cw().get("/service/boards").then().statusCode(200).body("name", hasItem("Help Desk")).body("name", hasItem("Projects"));
        cw().get("/service/boards/1/statuses").then().statusCode(200)
                .body("name", equalTo(List.of("New", "In Progress", "Waiting", "Closed")))
                .body("find { it.name == 'Closed' }.closedStatus", equalTo(true))
                .body("find { it.name == 'New' }.defaultFlag", equalTo(true))
                .body("board.id", everyItem(equalTo(1)));
        cw().queryParam("conditions", "closedStatus = false").get("/service/boards/2/statuses").then()
                .body("name", equalTo(List.of("New", "In Progress", "Waiting")));
        cw().get("/service/boards/1/statuses/count").then().body("count", equalTo(4));
        cw().get("/service/boards/1/types").then().body("find { it.defaultFlag }.name", equalTo("Incident"));
        cw().get("/service/boards/999/statuses").then().statusCode(404);
        cw().get("/service/boards/1/nonsense").then().statusCode(404);
        cw().get("/service/priorities").then().body("color", hasItem("Red")).body("find { it.defaultFlag }.name",
                equalTo("Priority 3 - Normal Response"));
        cw().queryParam("conditions", "inactiveFlag = false").get("/system/members").then()
                .body("identifier", hasItem("tlopez")).body("identifier", not(hasItem("kjones")));
    }

    @Test
    void newTicketGetsTheBoardsDefaultsAndClosesWithAClosedStatus() {
        int id = cw().contentType(ContentType.JSON)
                .body(Map.of("summary", "Monitor flickers", "company", Map.of("id", 1), "contact", Map.of("id", 2),
                        "board", Map.of("id", 1), "initialDescription", "Since Monday"))
                .post("/service/tickets").then().statusCode(201)
                .body("id", greaterThan(6)).body("status.name", equalTo("New")).body("type.name", equalTo("Incident"))
                .body("priority.name", equalTo("Priority 3 - Normal Response")).body("closedFlag", equalTo(false))
                .body("company.name", equalTo("ACME Corporation")).body("contact.name", equalTo("John Smith"))
                .body("initialDescription", nullValue())
                .extract().jsonPath().getInt("id");
        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "replace", "path", "status", "value", Map.of("id", 4))))
                .patch("/service/tickets/" + id).then().statusCode(200)
                .body("status.name", equalTo("Closed")).body("closedFlag", equalTo(true)).body("closedDate", notNullValue());
        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "replace", "path", "status", "value", Map.of("id", 6))))
                .patch("/service/tickets/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("Help Desk"));
        cw().contentType(ContentType.JSON).body(Map.of("summary", "No company")).post("/service/tickets").then()
                .statusCode(400).body("errors[0].field", equalTo("company"));
    }

    @Test
    void notesBelongToTheirTicket() {
        cw().contentType(ContentType.JSON)
                .body(Map.of("text", "Called back", "internalAnalysisFlag", true, "member", Map.of("identifier", "tlopez")))
                .post("/service/tickets/1/notes").then().statusCode(201)
                .body("ticketId", equalTo(1)).body("member.name", equalTo("Tina Lopez")).body("internalFlag", equalTo(true));
        cw().get("/service/tickets/1/notes").then().statusCode(200).body("text", equalTo(List.of("Called back")));
        cw().get("/service/tickets/2/notes").then().statusCode(200).body("size()", equalTo(0));
        cw().contentType(ContentType.JSON).body(Map.of("text", "No flag")).post("/service/tickets/1/notes").then()
                .statusCode(400).body("errors[0].field", equalTo("detailDescriptionFlag"));
        cw().contentType(ContentType.JSON).body(Map.of("text", "x", "detailDescriptionFlag", true))
                .post("/service/tickets/9999/notes").then().statusCode(404);
    }

    @Test
    void timeEntriesChargeATicketAndComputeHours() {
        cw().contentType(ContentType.JSON)
                .body(Map.of("chargeToId", 1, "chargeToType", "ServiceTicket", "member", Map.of("identifier", "mchen"),
                        "timeStart", "2025-06-01T10:00:00Z", "timeEnd", "2025-06-01T10:15:00Z", "notes", "Phone call"))
                .post("/time/entries").then().statusCode(201)
                .body("actualHours", equalTo(0.25f)).body("company.id", equalTo(1)).body("ticket.id", equalTo(1))
                .body("member.id", equalTo(2));
        cw().contentType(ContentType.JSON).body(Map.of("chargeToId", 1, "timeStart", "2025-06-01T10:00:00Z", "actualHours", 1))
                .post("/time/entries").then().statusCode(400).body("errors[0].field", equalTo("member"));
        cw().contentType(ContentType.JSON).body(Map.of("chargeToId", 1, "member", Map.of("identifier", "nobody"),
                "timeStart", "2025-06-01T10:00:00Z", "actualHours", 1))
                .post("/time/entries").then().statusCode(400).body("errors[0].field", equalTo("member"));
    }
}
