package io.screenpop.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** Adding a number to a contact and creating contacts through the JSON API. */
@QuarkusTest
class ContactApiResourceTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    @Test
    void addsOneCommunicationItemAndTheNumberPopsAtOnce() {
        given().queryParam("phone", "408-451-1400").get("/screenpop").then().statusCode(200).body(containsString("No match"));
        Writes.tool().formParam("phone", "(408) 451-1400").formParam("phone_type", "Cell")
                .post("/api/contacts/2/add-phone").then().statusCode(200)
                .body("success", equalTo(true))
                .body("message", equalTo("Added (408) 451-1400 to John Smith."))
                .body("redirect_url", containsString("/companies/1?phone=%2B14084511400&contactId=2"));

        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(1, writes.size(), "one write: " + writes);
        assertEquals("POST", writes.get(0).get("method"));
        assertTrue(String.valueOf(writes.get(0).get("path")).endsWith("company/contacts/2/communications"));
        Map<?, ?> body = (Map<?, ?>) writes.get(0).get("body");
        assertEquals("4084511400", body.get("value"));
        assertEquals("Phone", body.get("communicationType"));
        assertTrue(body.get("type") instanceof Map<?, ?> type && type.get("id") != null, "type by id: " + body);

        // the contact's other items are untouched
        Sandbox.cw().get("/company/contacts/2").then().body("communicationItems.value", hasItem("(408) 555-1214"))
                .body("communicationItems.value", hasItem("4084511400"));
        given().queryParam("phone", "+14084511400").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/1?phone=%2B14084511400&contactId=2"));
    }

    @Test
    void aNumberTheContactAlreadyHasWritesNothing() {
        Writes.tool().formParam("phone", "+1 408 555 1213").formParam("phone_type", "Direct")
                .post("/api/contacts/1/add-phone").then().statusCode(200)
                .body("success", equalTo(true)).body("message", containsString("already has"));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void badPhoneOrTypeIs400AndWritesNothing() {
        Writes.tool().formParam("phone", "call me maybe").formParam("phone_type", "Cell")
                .post("/api/contacts/2/add-phone").then().statusCode(400)
                .body("success", equalTo(false)).body("errors", hasKey("phone"));
        Writes.tool().formParam("phone", "").post("/api/contacts/2/add-phone").then().statusCode(400)
                .body("errors.phone", containsString("required"));
        Writes.tool().formParam("phone", "408 451 1401").formParam("phone_type", "Carrier Pigeon")
                .post("/api/contacts/2/add-phone").then().statusCode(400)
                .body("errors.phone_type", containsString("Cell"));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void unknownContactIs404WithConnectWisesMessage() {
        Writes.tool().formParam("phone", "408 451 1402").formParam("phone_type", "Cell")
                .post("/api/contacts/987654/add-phone").then().statusCode(404)
                .body("success", equalTo(false)).body("message", containsString("ConnectWise"));
    }

    @Test
    void createsAContactWithPhoneAndEmail() {
        int contactId = Writes.tool().formParam("company_id", 3).formParam("first_name", "Milton")
                .formParam("last_name", "Waddams").formParam("phone", "512.555.0188").formParam("email", "milton@initech.example")
                .post("/api/contacts/create").then().statusCode(200)
                .body("success", equalTo(true)).body("message", equalTo("Created Milton Waddams at Initech."))
                .body("contact_id", notNullValue())
                .extract().jsonPath().getInt("contact_id");
        Map<?, ?> body = (Map<?, ?>) Writes.cwCalls("POST", "company/contacts").get(0).get("body");
        assertEquals("Milton", body.get("firstName"));
        assertEquals(3, ((Map<?, ?>) body.get("company")).get("id"));
        String items = String.valueOf(body.get("communicationItems"));
        assertTrue(items.contains("5125550188") && items.contains("milton@initech.example"), items);
        given().queryParam("phone", "(512) 555-0188").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/3?phone=%2B15125550188&contactId=" + contactId));
    }

    @Test
    void contactValidationIs400PerFieldAndWritesNothing() {
        Writes.tool().formParam("company_id", 3).formParam("first_name", " ").formParam("last_name", "x".repeat(31))
                .formParam("phone", "12").formParam("email", "not-an-email")
                .post("/api/contacts/create").then().statusCode(400)
                .body("errors.first_name", containsString("required"))
                .body("errors.last_name", containsString("30"))
                .body("errors", hasKey("phone"))
                .body("errors.email", containsString("e-mail"));
        Writes.tool().formParam("first_name", "A").formParam("last_name", "B").formParam("phone", "5125550189")
                .post("/api/contacts/create").then().statusCode(400).body("errors", hasKey("company_id"));
        assertTrue(Writes.cwWrites().isEmpty());
    }

    @Test
    void phoneTypesComeFromConnectWise() {
        given().get("/api/communication-types").then().statusCode(200)
                .body("name", hasItem("Cell")).body("name", hasItem("Direct")).body("name", hasItem("Fax"))
                .body("find { it.name == 'Fax' }.fax", equalTo(true));
    }
}
