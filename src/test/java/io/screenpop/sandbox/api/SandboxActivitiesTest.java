package io.screenpop.sandbox.api;

import static io.screenpop.sandbox.CwRequests.cw;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.screenpop.sandbox.SandboxTestProfile;
import io.screenpop.sandbox.control.SandboxReset;

/** {@code /sales/activities} and its setup tables {@code types} and {@code statuses}. */
@QuarkusTest
@TestProfile(SandboxTestProfile.class)
class SandboxActivitiesTest {

    @Inject
    SandboxReset reset;

    @BeforeEach
    void freshData() {
        reset.resetAll();
    }

    @Test
    void activityTypesAndStatusesAreSeededAndFilterable() {
        cw().get("/sales/activities/types").then().statusCode(200).body("name", hasItems("Call", "Email"));
        cw().queryParam("conditions", "name = \"Call\"").get("/sales/activities/types").then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo(1));
        cw().get("/sales/activities/types/1").then().statusCode(200).body("name", equalTo("Call"));
        cw().get("/sales/activities/types/count").then().statusCode(200).body("count", equalTo(4));
        cw().queryParam("conditions", "closedFlag = true").get("/sales/activities/statuses").then().statusCode(200)
                .body("name", equalTo(java.util.List.of("Closed")));
        cw().get("/sales/activities/types/99").then().statusCode(404);
        cw().get("/sales/activities/nosuch").then().statusCode(404);
    }

    @Test
    void anActivityIsStoredWithCompletedReferences() {
        int id = cw().contentType(ContentType.JSON).body(Map.of("name", "Inbound call", "type", Map.of("id", 1),
                "company", Map.of("id", 1), "contact", Map.of("id", 1), "phoneNumber", "+14085551213",
                "dateStart", "2025-06-02T15:04:05Z", "notes", "Agent 204")).post("/sales/activities").then().statusCode(201)
                .body("type.name", equalTo("Call")).body("company.identifier", equalTo("AcmeCorp"))
                .body("contact.name", equalTo("Jane Doe")).body("status.name", equalTo("Open"))
                .extract().jsonPath().getInt("id");
        cw().get("/sales/activities/" + id).then().statusCode(200).body("notes", equalTo("Agent 204"));
        cw().queryParam("conditions", "contact/id = 1").get("/sales/activities").then().statusCode(200)
                .body("id", hasItems(id));
        cw().get("/sales/activities/count").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void invalidActivitiesAre400() {
        cw().contentType(ContentType.JSON).body(Map.of("type", Map.of("id", 1))).post("/sales/activities").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        cw().contentType(ContentType.JSON).body(Map.of("name", "x", "type", Map.of("id", 42))).post("/sales/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        cw().contentType(ContentType.JSON).body(Map.of("name", "x".repeat(101))).post("/sales/activities").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
    }
}
