package io.screenpop.extensions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** Internal extensions: a technician's call pops their page, an unknown extension pops the assignment page. */
@QuarkusTest
class ExtensionScreenpopTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void unassign() {
        Writes.tool().delete("/api/extensions/205");
        Writes.tool().delete("/api/extensions/2040");
    }

    @Test
    void unknownExtensionPopsTheAssignmentPageWithTheExtensionFilledIn() {
        given().queryParam("phone", "205").get("/screenpop").then().statusCode(303)
                .header("Location", endsWith("/extensions?extension=205"));
        given().queryParam("CallerNumber", " 2040 ").get("/screenpop").then().statusCode(303)
                .header("Location", endsWith("/extensions?extension=2040"));
        assertTrue(Sandbox.requests().isEmpty(), "no ConnectWise lookup of an internal extension: " + Sandbox.requests());
        given().queryParam("extension", "205").get("/extensions").then().statusCode(200)
                .body(containsString("value=\"205\"")).body(containsString("no technician has yet"))
                .body(containsString("name=\"csrf-token\"")).cookie("screenpop_csrf", notNullValue());
    }

    @Test
    void assignedExtensionPopsTheTechniciansPage() {
        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/205").then().statusCode(200)
                .body("success", equalTo(true)).body("message", equalTo("Extension 205 assigned to Tina Lopez"))
                .body("assignment.member_identifier", equalTo("tlopez"));
        given().get("/api/extensions").then().statusCode(200).body("extension", hasItem("205"))
                .body("find { it.extension == '205' }.member_name", equalTo("Tina Lopez"));
        given().queryParam("phone", "205").get("/screenpop").then().statusCode(303)
                .header("Location", endsWith("/members/tlopez?extension=205"));
        given().queryParam("extension", "205").get("/members/tlopez").then().statusCode(200)
                .body(containsString("Tina Lopez")).body(containsString("extension <strong>205</strong>"))
                .body(containsString("/api/tickets/open?member=tlopez"));

        Writes.tool().formParam("member_identifier", "mchen").put("/api/extensions/205").then().statusCode(200)
                .body("message", containsString("Marcus Chen"));
        given().queryParam("phone", "205").get("/screenpop").then().statusCode(303)
                .header("Location", endsWith("/members/mchen?extension=205"));

        Writes.tool().delete("/api/extensions/205").then().statusCode(200).body("message", equalTo("Extension 205 unassigned"));
        given().get("/api/extensions").then().body("extension", not(hasItem("205")));
        given().queryParam("phone", "205").get("/screenpop").then().statusCode(303)
                .header("Location", endsWith("/extensions?extension=205"));
        Writes.tool().delete("/api/extensions/205").then().statusCode(404);
    }

    @Test
    void customerNumbersAndLongerNumbersAreNotExtensions() {
        given().queryParam("phone", "4085551212").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/1?"));
        given().queryParam("phone", "12345").get("/screenpop").then().statusCode(200)
                .body(containsString("Not a phone number"));
    }

    @Test
    void badAssignmentsAre400AndChangeNothing() {
        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/12").then().statusCode(400)
                .body("errors.extension", containsString("internal extension"));
        Writes.tool().formParam("member_identifier", "kjones").put("/api/extensions/205").then().statusCode(400)
                .body("errors.member_identifier", containsString("kjones"));
        Writes.tool().put("/api/extensions/205").then().statusCode(400)
                .body("errors.member_identifier", containsString("required"));
        given().get("/api/extensions").then().body("extension", not(hasItem("205")));
        given().contentType("application/x-www-form-urlencoded").formParam("member_identifier", "tlopez")
                .put("/api/extensions/205").then().statusCode(403);
        given().delete("/api/extensions/205").then().statusCode(403);
    }

    @Test
    void technicianPageListsTheirOpenTicketsThroughTheApi() {
        given().queryParam("member", "mchen").get("/api/tickets/open").then().statusCode(200)
                .body("id", hasItem(2)).body("id", hasItem(4)).body("id", not(hasItem(1)));
    }
}
