package io.screenpop.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.screenpop.support.Audit;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * Moving a walk-in (company-less) contact to a company, {@code POST /api/contacts/{id}/move}: one PATCH of
 * the contact's company in ConnectWise, no second contact, the number pops at the company at once, a
 * replay writes nothing, and bad input is a 400 naming the field with nothing written.
 */
@QuarkusTest
class ContactMoveTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    @Test
    void aWalkInMovesToTheCompanyAndItsNumberPopsThereOnce() {
        int id = Sandbox.walkIn("Wanda", "Walker", "(617) 555-0141");
        given().queryParam("phone", "617-555-0141").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/contacts/" + id));
        Sandbox.clearRequests();

        String key = '"' + UUID.randomUUID().toString() + '"';
        Writes.tool().header("Idempotency-Key", key).formParam("company_id", 1).formParam("phone", "617-555-0141")
                .post("/api/contacts/" + id + "/move").then().statusCode(200)
                .body("success", equalTo(true))
                .body("message", equalTo("Moved Wanda Walker to ACME Corporation."))
                .body("company_id", equalTo(1)).body("contact_id", equalTo(id))
                .body("redirect_url", containsString("/companies/1?phone=%2B16175550141&contactId=" + id));

        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(1, writes.size(), "one write, no second contact, no number: " + writes);
        assertEquals("PATCH", writes.get(0).get("method"));
        assertTrue(String.valueOf(writes.get(0).get("path")).endsWith("company/contacts/" + id), writes.toString());
        assertEquals(List.of(Map.of("op", "replace", "path", "company", "value", Map.of("id", 1))), writes.get(0).get("body"));
        Sandbox.cw().get("/company/contacts/" + id).then().statusCode(200)
                .body("company.id", equalTo(1)).body("company.name", equalTo("ACME Corporation"));
        assertEquals(1, Sandbox.cw().queryParam("conditions", "firstName = \"Wanda\" and lastName = \"Walker\"")
                .get("/company/contacts").then().statusCode(200).extract().jsonPath().getList("id").size(),
                "still exactly one Wanda Walker in ConnectWise");

        given().queryParam("phone", "+16175550141").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/1?phone=%2B16175550141&contactId=" + id));
        given().get("/contacts/" + id).then().statusCode(303).header("Location", containsString("/companies/1?contactId=" + id));
        assertEquals("success", Audit.await(given(), "contact.move", "/api/contacts/" + id + "/move").get("outcome"));

        Sandbox.clearRequests();
        Writes.tool().header("Idempotency-Key", key).formParam("company_id", 1).formParam("phone", "617-555-0141")
                .post("/api/contacts/" + id + "/move").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("message", equalTo("Moved Wanda Walker to ACME Corporation."));
        assertTrue(Writes.cwWrites().isEmpty(), "the replay wrote nothing: " + Writes.cwWrites());

        Writes.tool().formParam("company_id", 1).post("/api/contacts/" + id + "/move").then().statusCode(200)
                .body("message", equalTo("Wanda Walker already belongs to ACME Corporation, so nothing was changed."));
        assertTrue(Writes.cwWrites().isEmpty(), "moving again without the key wrote nothing either: " + Writes.cwWrites());
    }

    @Test
    void theJsonBodyMovesAsTheFormDoes() {
        int id = Sandbox.walkIn("Jay", "Son", "(617) 555-0142");
        Writes.tool().contentType(ContentType.JSON).body(Map.of("companyId", 3))
                .post("/api/contacts/" + id + "/move").then().statusCode(200)
                .body("message", equalTo("Moved Jay Son to Initech."))
                .body("redirect_url", containsString("/companies/3?phone=%2B16175550142&contactId=" + id));
        given().queryParam("phone", "(617) 555-0142").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/3?"));
    }

    @Test
    void badInputIs400NamingTheFieldAndWritesNothing() {
        int id = Sandbox.walkIn("Ned", "Nowhere", "(617) 555-0143");
        Sandbox.clearRequests();
        Writes.tool().post("/api/contacts/" + id + "/move").then().statusCode(400)
                .body("success", equalTo(false)).body("errors.company_id", equalTo("Company is required"))
                .body("message", containsString("Company is required"));
        Writes.tool().formParam("company_id", 987654).post("/api/contacts/" + id + "/move").then().statusCode(400)
                .body("errors.company_id", equalTo("ConnectWise has no company 987654; choose the company from the search"));
        Writes.tool().contentType(ContentType.JSON).body(Map.of("company_id", "acme"))
                .post("/api/contacts/" + id + "/move").then().statusCode(400).body("errors", hasKey("company_id"));
        Writes.tool().formParam("company_id", 3).post("/api/contacts/1/move").then().statusCode(400)
                .body("errors.contact_id", equalTo("Jane Doe already belongs to ACME Corporation; only a contact without a company can be moved here"));
        given().formParam("company_id", 1).post("/api/contacts/" + id + "/move").then().statusCode(403);
        assertTrue(Writes.cwWrites().isEmpty(), "nothing written: " + Writes.cwWrites());
        Sandbox.cw().get("/company/contacts/" + id).then().statusCode(200).body("company", org.hamcrest.Matchers.nullValue());
        given().queryParam("phone", "617-555-0143").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/contacts/" + id));
    }
}
