package io.screenpop.threecx;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** 3CX's SearchContacts, LookupByEmail and CreateContactRecordFromClient, as the template calls them. */
@QuarkusTest
class ThreeCxContactsTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    private static RequestSpecification pbx() {
        return given().header("apikey", Sandbox.API_KEY).contentType(ContentType.JSON);
    }

    @Test
    void searchFindsContactsByNameBestFirstFromMemoryOnly() {
        pbx().body(Map.of("text", "jane doe")).post("/api/3cx/search").then().statusCode(200)
                .body("contacts[0].contact_id", equalTo("1")).body("contacts[0].type", equalTo("contact"))
                .body("contacts[0].name", equalTo("Jane Doe")).body("contacts[0].company", equalTo("ACME Corporation"))
                // other tests may add numbers to Jane: her numbers are checked, not which one comes first
                .body("contacts[0].phone", org.hamcrest.Matchers.matchesPattern("\\+1408555\\d{4}"))
                .body("contacts[0].mobile", org.hamcrest.Matchers.matchesPattern("\\+1\\d{10}"))
                .body("contacts[0].email", equalTo("jane.doe@acme.example"))
                .body("contacts[0].web_url", containsString("/screenpop?phone=%2B1408555"));
        assertTrue(Sandbox.requests().isEmpty(), "never from ConnectWise: " + Sandbox.requests());
    }

    @Test
    void searchFindsACompanyAndItsContactsByTheCompanyName() {
        pbx().body(Map.of("text", "ACME Corp")).post("/api/3cx/search").then().statusCode(200)
                .body("contacts[0].type", equalTo("company")).body("contacts[0].company", equalTo("ACME Corporation"))
                .body("contacts[0].company_id", equalTo("1")).body("contacts[0].phone", equalTo("+14085551212"))
                .body("contacts.contact_id", hasItem("1"))
                .body("contacts.size()", lessThanOrEqualTo(ThreeCxSearch.LIMIT));
    }

    @Test
    void searchByNumberExactFirstThenPartial() {
        pbx().body(Map.of("text", "(408) 555-1213")).post("/api/3cx/search").then().statusCode(200)
                .body("contacts[0].contact_id", equalTo("1"));
        pbx().body(Map.of("text", "408555121")).post("/api/3cx/search").then().statusCode(200)
                .body("contacts.contact_id", hasItem("1"))
                .body("contacts.findAll { it.type == 'company' }.company", hasItem("ACME Corporation"));
    }

    @Test
    void searchIsCappedAt20AndNeedsTwoCharacters() {
        pbx().body(Map.of("text", "a")).post("/api/3cx/search").then().statusCode(400)
                .body("errors.text", containsString("at least 2"));
        pbx().body(Map.of("text", "an")).post("/api/3cx/search").then().statusCode(200)
                .body("contacts", hasSize(ThreeCxSearch.LIMIT));
        pbx().body(Map.of("text", "zzqx nobody")).post("/api/3cx/search").then().statusCode(200).body("contacts", empty());
        given().contentType(ContentType.JSON).body(Map.of("text", "acme")).post("/api/3cx/search").then().statusCode(401);
    }

    @Test
    void lookupByEmailFromTheIndex() {
        pbx().body(Map.of("email", "JANE.DOE@acme.example")).post("/api/3cx/email").then().statusCode(200)
                .body("contact_id", equalTo("1")).body("name", equalTo("Jane Doe")).body("company_id", equalTo("1"))
                .body("email", equalTo("jane.doe@acme.example")).body("phone", equalTo("+14085551213"))
                .body("mobile", equalTo("+14085557001"));
        pbx().body(Map.of("email", "jane.doe@acme.exampl")).post("/api/3cx/email").then().statusCode(200)
                .body("new_email", equalTo(true));
        pbx().body(Map.of("email", "%@%")).post("/api/3cx/email").then().statusCode(200).body("new_email", equalTo(true));
        pbx().body(Map.of("email", " ")).post("/api/3cx/email").then().statusCode(400).body("errors.email", notNullValue());
        assertTrue(Sandbox.requests().isEmpty(), "never from ConnectWise: " + Sandbox.requests());
    }

    @Test
    void createFromTheClientAtTheOneCompanyOfThatName() {
        pbx().body(Map.of("first_name", "Cleo", "last_name", "Client", "number", "+16515550188",
                "email", "cleo@acme.example", "company", "acme corporation")).post("/api/3cx/contacts").then().statusCode(200)
                .body("type", equalTo("contact")).body("contact_id", notNullValue()).body("company_id", equalTo("1"))
                .body("company", equalTo("ACME Corporation")).body("name", equalTo("Cleo Client"))
                .body("mobile", equalTo("+16515550188"));
        List<Map<String, Object>> writes = Writes.cwWrites();
        assertEquals(1, writes.size(), "one contact created: " + writes);
        assertEquals("/company/contacts", writes.get(0).get("path"));
        // the number is in the index at once
        pbx().body(Map.of("number", "+16515550188")).post("/api/3cx/crm").then().statusCode(200)
                .body("name", equalTo("Cleo Client"));
        given().queryParam("phone", "6515550188").get("/screenpop").then().statusCode(303);
    }

    @Test
    void createRefusesAnUnknownOrAmbiguousCompanyAndCreatesNothing() {
        pbx().body(Map.of("firstName", "Nora", "lastName", "Nowhere", "number", "+16515550189", "company", "No Such Co"))
                .post("/api/3cx/contacts").then().statusCode(400)
                .body("error", equalTo("Invalid request")).body("errors.company", containsString("No company is named"));
        Map<String, Object> twin = Writes.companyForm("Twin Trading", "651 555 0190");
        Writes.tool().formParams(twin).post("/api/companies/create").then().statusCode(200);
        twin.put("phone", "651 555 0191");
        Writes.tool().formParams(twin).post("/api/companies/create").then().statusCode(200);
        Sandbox.clearRequests();
        pbx().body(Map.of("firstName", "Tia", "lastName", "Twin", "number", "+16515550192", "company", "Twin Trading"))
                .post("/api/3cx/contacts").then().statusCode(400)
                .body("errors.company", containsString("2 companies are named 'Twin Trading'"));
        pbx().body(Map.of("first_name", "", "number", "not a number", "email", "nope", "company", "ACME Corporation"))
                .post("/api/3cx/contacts").then().statusCode(400)
                .body("errors.first_name", containsString("required")).body("errors.last_name", containsString("required"))
                .body("errors.number", containsString("phone number")).body("errors.email", containsString("e-mail"));
        pbx().body("{\"first_name\":").post("/api/3cx/contacts").then().statusCode(400).body("error", equalTo("Malformed JSON"));
        assertTrue(Writes.cwWrites().isEmpty(), "nothing created: " + Writes.cwWrites());
        pbx().body(Map.of("number", "+16515550192")).post("/api/3cx/crm").then().body("new_number", equalTo(true));
    }
}
