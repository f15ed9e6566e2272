package io.screenpop.threecx;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** 3CX's CRM lookup and call journaling, as 3CX's template calls them (header {@code apikey}). */
@QuarkusTest
class ThreeCxResourceTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    private static RequestSpecification pbx() {
        return given().header("apikey", Sandbox.API_KEY).contentType(ContentType.JSON);
    }

    @Test
    void contactMatchCarriesTheContactsNumbersByKind() {
        pbx().body(Map.of("number", "408.555.1213")).post("/api/3cx/crm").then().statusCode(200)
                .body("contact_id", equalTo("1")).body("type", equalTo("contact"))
                .body("firstname", equalTo("Jane")).body("lastname", equalTo("Doe")).body("name", equalTo("Jane Doe"))
                .body("company", equalTo("ACME Corporation")).body("company_id", equalTo("1"))
                .body("email", equalTo("jane.doe@acme.example"))
                .body("phone", equalTo("+14085551213")).body("mobile", equalTo("+14085557001"))
                .body("web_url", endsWith("/screenpop?phone=%2B14085551213"));
        pbx().body(Map.of("number", "+14085557002")).post("/api/3cx/crm").then().statusCode(200)
                .body("contact_id", equalTo("2")).body("name", equalTo("John Smith"))
                .body("phone", equalTo("+14085551214")).body("mobile", equalTo("+14085557002"));
    }

    @Test
    void companyMainLineMatch() {
        pbx().body(Map.of("number", "(408) 555-1212")).post("/api/3cx/crm").then().statusCode(200)
                .body("$", aMapWithSize(5))
                .body("company_id", equalTo("1")).body("type", equalTo("company"))
                .body("company", equalTo("ACME Corporation")).body("phone", equalTo("+14085551212"))
                .body("web_url", endsWith("/screenpop?phone=%2B14085551212"))
                .body("$", not(hasKey("contact_id")));
    }

    @Test
    void unknownOrHiddenNumberIsANewNumber() {
        pbx().body(Map.of("number", "2025550199")).post("/api/3cx/crm").then().statusCode(200)
                .body("$", equalTo(Map.of("new_number", true)));
        pbx().body(Map.of("number", "anonymous")).post("/api/3cx/crm").then().statusCode(200)
                .body("new_number", equalTo(true));
    }

    @Test
    void badCrmRequestsAre400Or401() {
        pbx().body("{}").post("/api/3cx/crm").then().statusCode(400)
                .body("error", equalTo("Number is required")).body("errors.number", equalTo("is required"));
        pbx().body("{\"number\":").post("/api/3cx/crm").then().statusCode(400).body("error", equalTo("Malformed JSON"));
        given().contentType(ContentType.JSON).body(Map.of("number", "4085551212")).post("/api/3cx/crm").then()
                .statusCode(401).body("error", equalTo("Unauthorized"));
        given().header("apikey", "nope").contentType(ContentType.JSON).body(Map.of("number", "4085551212"))
                .post("/api/3cx/crm").then().statusCode(401);
    }

    @Test
    void answeredInboundCallIsLoggedAsAClosedCallActivityOnTheContact() {
        int id = pbx().body(journal("+1 408 555 1213", "Inbound", "2025-06-02T15:04:05Z", "00:03:12"))
                .post("/api/3cx/journal").then().statusCode(200)
                .body("logged", equalTo(true)).body("activity_id", notNullValue())
                .extract().jsonPath().getInt("activity_id");

        List<Map<String, Object>> posts = Writes.cwCalls("POST", "/sales/activities");
        assertEquals(1, posts.size(), "one activity: " + Sandbox.requests());
        Map<?, ?> body = (Map<?, ?>) posts.get(0).get("body");
        assertEquals("Inbound call from (408) 555-1213", body.get("name"));
        assertEquals(Map.of("id", 1), body.get("type"), "the Call type");
        assertEquals(Map.of("id", 1), body.get("company"));
        assertEquals(Map.of("id", 1), body.get("contact"));
        assertEquals(Map.of("id", 2), body.get("status"), "the closed status");
        assertEquals("+14085551213", body.get("phoneNumber"));
        assertEquals("2025-06-02T15:04:05Z", body.get("dateStart"));
        assertEquals("2025-06-02T15:07:17Z", body.get("dateEnd"));
        String notes = String.valueOf(body.get("notes"));
        assertTrue(notes.contains("agent extension 204") && notes.contains("3 min 12 s") && notes.contains("3CX"), notes);
        Map<String, Object> typeLookup = Writes.cwCalls("GET", "/sales/activities/types").get(0);
        assertTrue(String.valueOf(typeLookup.get("query")).contains("(name = \"Call\") and (inactiveFlag = false)"),
                String.valueOf(typeLookup.get("query")));

        Sandbox.cw().get("/sales/activities/" + id).then().statusCode(200)
                .body("type.name", equalTo("Call")).body("contact.name", equalTo("Jane Doe"))
                .body("status.name", equalTo("Closed"));
    }

    @Test
    void missedCallOnACompanyLineIsLoggedOnTheCompany() {
        Map<String, Object> report = journal("4085551212", "Missed", "2025-06-02 09:00:00", "0");
        report.remove("agent");
        pbx().body(report).post("/api/3cx/journal").then().statusCode(200).body("logged", equalTo(true));
        Map<?, ?> body = (Map<?, ?>) Writes.cwCalls("POST", "/sales/activities").get(0).get("body");
        assertEquals("Missed call from (408) 555-1212", body.get("name"));
        assertEquals(Map.of("id", 1), body.get("company"));
        assertEquals(null, body.get("contact"));
        assertEquals(body.get("dateStart"), body.get("dateEnd"));
        assertTrue(String.valueOf(body.get("notes")).contains("no agent"), String.valueOf(body.get("notes")));
    }

    @Test
    void explicitDirectionAndAnsweredWork() {
        Map<String, Object> report = journal("(408) 555-1214", null, "2025-06-02T15:04:05-07:00", "95");
        report.put("direction", "outbound");
        report.put("answered", false);
        pbx().body(report).post("/api/3cx/journal").then().statusCode(200).body("logged", equalTo(true));
        Map<?, ?> body = (Map<?, ?>) Writes.cwCalls("POST", "/sales/activities").get(0).get("body");
        assertEquals("Unanswered call to (408) 555-1214", body.get("name"));
        assertEquals(Map.of("id", 2), body.get("contact"));
        assertEquals("2025-06-02T22:04:05Z", body.get("dateStart"));
    }

    @Test
    void unknownNumberIsLoggedNowhere() {
        pbx().body(journal("202-555-0199", "Inbound", "2025-06-02T15:04:05Z", "10")).post("/api/3cx/journal")
                .then().statusCode(200)
                .body("$", equalTo(Map.of("logged", false, "reason", "unknown number")));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    @Test
    void invalidReportIs400NamingEachFieldAndWritesNothing() {
        Map<String, Object> report = new HashMap<>();
        report.put("number", "call me");
        report.put("agent", "Bob");
        report.put("call_type", "Transferred");
        report.put("start", "yesterday");
        report.put("duration", "-5");
        pbx().body(report).post("/api/3cx/journal").then().statusCode(400)
                .body("error", equalTo("Invalid call report"))
                .body("errors.number", equalTo("is not a phone number"))
                .body("errors.agent", containsString("extension"))
                .body("errors.call_type", containsString("Missed"))
                .body("errors.start", containsString("2025-06-02T15:04:05Z"))
                .body("errors.duration", containsString("seconds"))
                .body("errors", hasKey("direction")).body("errors", hasKey("answered"));
        pbx().body("{}").post("/api/3cx/journal").then().statusCode(400)
                .body("errors.number", equalTo("is required")).body("errors.start", equalTo("is required"));
        pbx().body("[]").post("/api/3cx/journal").then().statusCode(400).body("error", equalTo("Malformed JSON"));
        assertTrue(Writes.cwWrites().isEmpty(), "no write: " + Writes.cwWrites());
    }

    private static Map<String, Object> journal(String number, String callType, String start, String duration) {
        Map<String, Object> report = new HashMap<>();
        report.put("number", number);
        report.put("agent", "204");
        if (callType != null) {
            report.put("call_type", callType);
        }
        report.put("start", start);
        report.put("duration", duration);
        return report;
    }
}
