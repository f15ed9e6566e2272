package io.screenpop.sandbox.api;

import static io.screenpop.sandbox.CwRequests.cw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.screenpop.sandbox.SandboxTestProfile;
import io.screenpop.sandbox.control.SandboxReset;
import io.screenpop.sandbox.log.RecordedRequest;
import io.screenpop.sandbox.log.SandboxRequestLog;
import io.screenpop.sandbox.store.SandboxCollections;
import io.screenpop.sandbox.store.SandboxStore;

@QuarkusTest
@TestProfile(SandboxTestProfile.class)
class SandboxWriteTest {

    @Inject
    SandboxReset reset;
    @Inject
    SandboxStore store;
    @Inject
    SandboxRequestLog log;

    @BeforeEach
    void freshData() {
        reset.resetAll();
    }

    @Test
    void createCompanyAssignsIdAndInfo() {
        JsonPath created = cw().contentType(ContentType.JSON)
                .body(Map.of("name", "Hooli", "identifier", "Hooli", "city", "Palo Alto", "bogusField", 1))
                .post("/company/companies").then().statusCode(201)
                .body("id", greaterThan(300)).body("status.name", equalTo("Active"))
                .body("bogusField", nullValue()).extract().jsonPath();
        String updated = created.getString("_info.lastUpdated");
        assertEquals(created.getString("_info.dateEntered"), updated);
        assertTrue(updated.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), updated);
        cw().get("/company/companies/" + created.getInt("id")).then().statusCode(200).body("name", equalTo("Hooli"));
    }

    @Test
    void duplicateIdentifierIs400ObjectExists() {
        cw().contentType(ContentType.JSON).body(Map.of("name", "Acme again", "identifier", "acmecorp"))
                .post("/company/companies").then().statusCode(400)
                .body("code", equalTo("InvalidObject"))
                .body("message", equalTo("company object is invalid"))
                .body("errors", equalTo(List.of(Map.of("code", "ObjectExists", "message", "The identifier is already in use.",
                        "resource", "company", "field", "identifier"))));
    }

    @Test
    void companyAndContactRequiredFields() {
        cw().contentType(ContentType.JSON).body(Map.of("identifier", "NoName")).post("/company/companies").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        cw().contentType(ContentType.JSON).body(Map.of("name", "Long", "identifier", "ThisIdentifierIsWayTooLong26"))
                .post("/company/companies").then().statusCode(400).body("errors[0].field", equalTo("identifier"));
        cw().contentType(ContentType.JSON).body(Map.of("lastName", "Nofirst")).post("/company/contacts").then()
                .statusCode(400).body("message", equalTo("contact object is invalid")).body("errors[0].field", equalTo("firstName"));
        cw().contentType(ContentType.JSON).body("{not json").post("/company/contacts").then().statusCode(400)
                .body("code", equalTo("InvalidObject"));
    }

    @Test
    void createContactCompletesCompanyAndItems() {
        cw().contentType(ContentType.JSON).body(Map.of("firstName", "Ada", "lastName", "Lovelace",
                        "company", Map.of("id", 3),
                        "communicationItems", List.of(Map.of("type", Map.of("id", 2), "value", "512-555-0123", "defaultFlag", true))))
                .post("/company/contacts").then().statusCode(201)
                .body("company.identifier", equalTo("Initech")).body("company.name", equalTo("Initech"))
                .body("communicationItems[0].type.name", equalTo("Cell"))
                .body("communicationItems[0].communicationType", equalTo("Phone"))
                .body("communicationItems[0].id", greaterThan(1000))
                .body("defaultPhoneNbr", equalTo("512-555-0123"))
                .body("inactiveFlag", equalTo(false));
        cw().contentType(ContentType.JSON).body(Map.of("firstName", "X", "company", Map.of("id", 999999)))
                .post("/company/contacts").then().statusCode(400).body("errors[0].field", equalTo("company"));
    }

    @Test
    void patchReplacesAddsAndRemovesWithOrWithoutLeadingSlash() {
        String before = cw().get("/company/companies/1").jsonPath().getString("_info.lastUpdated");
        cw().contentType(ContentType.JSON).body(List.of(
                        Map.of("op", "replace", "path", "defaultContact", "value", Map.of("id", 1)),
                        Map.of("op", "add", "path", "/billingTerms", "value", Map.of("id", 3)),
                        Map.of("op", "replace", "path", "/website", "value", "www.acme.example.com"),
                        Map.of("op", "remove", "path", "faxNumber")))
                .patch("/company/companies/1").then().statusCode(200)
                .body("defaultContact.id", equalTo(1)).body("defaultContact.name", equalTo("Jane Doe"))
                .body("billingTerms.id", equalTo(3)).body("website", equalTo("www.acme.example.com"))
                .body("faxNumber", nullValue()).body("identifier", equalTo("AcmeCorp"))
                .body("_info.dateEntered", equalTo("2024-01-15T10:00:00Z"));
        String after = store.get(SandboxCollections.COMPANIES, 1).orElseThrow().path("_info").path("lastUpdated").asText();
        assertNotEquals(before, after);

        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "replace", "path", "company/id", "value", 4)))
                .patch("/company/contacts/4").then().statusCode(200)
                .body("company.id", equalTo(4)).body("company.identifier", equalTo("Initrode"));
        cw().contentType("application/json-patch+json").body("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"CTO\"}]")
                .patch("/company/contacts/4").then().statusCode(200).body("title", equalTo("CTO"));
        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "replace", "path", "communicationItems/0/value", "value", "(503) 555-0199")))
                .patch("/company/contacts/4").then().statusCode(200).body("defaultPhoneNbr", equalTo("(503) 555-0199"));
    }

    @Test
    void badPatchesAre400() {
        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "replace", "path", "nonsense", "value", 1)))
                .patch("/company/companies/1").then().statusCode(400).body("message", containsString("nonsense"));
        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "move", "path", "name", "from", "x")))
                .patch("/company/companies/1").then().statusCode(400);
        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "replace", "path", "identifier", "value", "GlobexUK")))
                .patch("/company/companies/1").then().statusCode(400).body("errors[0].code", equalTo("ObjectExists"));
        cw().contentType(ContentType.JSON).body(Map.of("op", "replace")).patch("/company/companies/1").then().statusCode(400);
        cw().contentType(ContentType.JSON).body(List.of(Map.of("op", "replace", "path", "name", "value", "x")))
                .patch("/company/companies/987654").then().statusCode(404);
    }

    @Test
    void deleteAnswers204ThenNotFound() {
        cw().delete("/company/contacts/9").then().statusCode(204);
        cw().get("/company/contacts/9").then().statusCode(404);
        cw().delete("/company/contacts/9").then().statusCode(404);
    }

    @Test
    void postingACommunicationAppendsOneItemAndBumpsLastUpdated() {
        JsonNode before = store.get(SandboxCollections.CONTACTS, 2).orElseThrow();
        cw().contentType(ContentType.JSON)
                .body(Map.of("type", Map.of("id", 4), "value", "408-555-0142", "extension", "7", "defaultFlag", false,
                        "communicationType", "Phone"))
                .post("/company/contacts/2/communications").then().statusCode(201)
                .body("contactId", equalTo(2)).body("type.name", equalTo("Home")).body("value", equalTo("408-555-0142"))
                .body("extension", equalTo("7")).body("id", greaterThan(1000));
        JsonNode after = store.get(SandboxCollections.CONTACTS, 2).orElseThrow();
        JsonNode items = after.get("communicationItems");
        assertEquals(before.get("communicationItems").size() + 1, items.size());
        for (int i = 0; i < before.get("communicationItems").size(); i++) {
            assertEquals(before.get("communicationItems").get(i), items.get(i), "existing items are untouched");
        }
        assertTrue(after.at("/_info/lastUpdated").asText().compareTo(before.at("/_info/lastUpdated").asText()) > 0);
        cw().queryParam("conditions", "_info/lastUpdated > [2025-06-01T00:00:00Z]").queryParam("fields", "id")
                .get("/company/contacts").then().body("id", equalTo(List.of(2)));

        cw().contentType(ContentType.JSON).body(Map.of("type", Map.of("name", "cell"), "value", "x"))
                .post("/company/contacts/2/communications").then().statusCode(201).body("type.id", equalTo(2));
        cw().contentType(ContentType.JSON).body(Map.of("type", Map.of("id", 77), "value", "x"))
                .post("/company/contacts/2/communications").then().statusCode(400).body("errors[0].field", equalTo("type"));
        cw().contentType(ContentType.JSON).body(Map.of("type", Map.of("id", 1)))
                .post("/company/contacts/2/communications").then().statusCode(400).body("errors[0].field", equalTo("value"));
        cw().contentType(ContentType.JSON).body(Map.of("type", Map.of("id", 1), "value", "1"))
                .post("/company/contacts/424242/communications").then().statusCode(404).body("errors", empty());
    }

    @Test
    void requestLogRecordsMethodPathQueryBodyAndStatus() {
        log.clear();
        cw().queryParam("conditions", "id = 1").get("/company/contacts");
        cw().contentType(ContentType.JSON).body(Map.of("type", Map.of("id", 1), "value", "408-555-0143"))
                .post("/company/contacts/1/communications");
        cw().header("clientId", "").get("/company/contacts/1");
        List<RecordedRequest> all = log.all();
        assertEquals(3, all.size());
        assertEquals("GET", all.get(0).method());
        assertEquals("/company/contacts", all.get(0).path());
        assertEquals("id = 1", all.get(0).param("conditions"));
        assertNull(all.get(0).body());
        assertEquals(200, all.get(0).status());
        assertEquals("/company/contacts/1/communications", all.get(1).path());
        assertEquals("408-555-0143", all.get(1).body().path("value").asText());
        assertEquals(201, all.get(1).status());
        assertEquals(401, all.get(2).status());
        assertEquals(1, log.count("POST", "/communications"));

        io.screenpop.support.Sandbox.control().get("/sandbox/control/requests?method=POST").then().statusCode(200)
                .body("[0].path", equalTo("/company/contacts/1/communications"))
                .body("[0].body.value", equalTo("408-555-0143")).body("[0].status", equalTo(201));
    }

    @Test
    void javaApiModifiesDataForTests() {
        store.patch(SandboxCollections.COMPANIES, 5, "name", "Umbrella Health & Co");
        cw().get("/company/companies/5").then().body("name", equalTo("Umbrella Health & Co"));
        ObjectNode company = store.get(SandboxCollections.COMPANIES, 5).orElseThrow();
        company.put("city", "Newark");
        assertEquals("New York", store.find(SandboxCollections.COMPANIES, 5).orElseThrow().get("city").asText(),
                "copies from get() do not leak into the store");
        store.put(SandboxCollections.COMPANIES, 5, company);
        cw().get("/company/companies/5").then().body("city", equalTo("Newark"));
        reset.resetAll();
        cw().get("/company/companies/5").then().body("name", equalTo("Umbrella Health")).body("city", equalTo("New York"));
    }
}
