package io.screenpop.companies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** Company search, contacts and company creation through the JSON API, checked against the sandbox's record of calls. */
@QuarkusTest
class CompanyApiResourceTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    @Test
    void searchFindsCompaniesWithLabels() {
        given().queryParam("q", "acme").get("/api/companies/search").then().statusCode(200)
                .body("[0].id", equalTo(1))
                .body("[0].name", equalTo("ACME Corporation"))
                .body("[0].identifier", equalTo("AcmeCorp"))
                .body("[0].city", equalTo("San Jose"))
                .body("[0].state", equalTo("CA"))
                .body("[0].phone", equalTo("(408) 555-1212"))
                .body("[0].label", equalTo("ACME Corporation - San Jose, CA"));
    }

    @Test
    void searchReturnsAtMostTenAndTreatsWildcardsLiterally() {
        given().queryParam("q", "co").get("/api/companies/search").then().statusCode(200)
                .body("size()", lessThanOrEqualTo(10));
        given().queryParam("q", "%%").get("/api/companies/search").then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("q", "Tom & Jerry").get("/api/companies/search").then().statusCode(200)
                .body("[0].name", equalTo("Tom & Jerry's <Script> Shop"));
    }

    @Test
    void searchNeedsTwoCharacters() {
        given().queryParam("q", "a").get("/api/companies/search").then().statusCode(400)
                .body("success", equalTo(false)).body("errors.q", containsString("2 characters"));
        given().get("/api/companies/search").then().statusCode(400);
    }

    @Test
    void contactsOfACompanyCarryTheirNumbers() {
        given().get("/api/companies/1/contacts").then().statusCode(200)
                .body("find { it.id == 1 }.name", equalTo("Jane Doe"))
                .body("find { it.id == 1 }.firstName", equalTo("Jane"))
                .body("find { it.id == 1 }.lastName", equalTo("Doe"))
                .body("find { it.id == 1 }.phones.e164", hasItem("+14085551213"))
                .body("find { it.id == 1 }.phones.type", hasItem("Direct"));
    }

    private static Map<String, Object> companyForm(String name, String phone) {
        return Writes.companyForm(name, phone);
    }

    @Test
    void createsCompanyContactDefaultContactAndFinance() {
        JsonPath answer = Writes.tool().formParams(companyForm("Bay Area Dental Group", "+1 415 555 0142"))
                .post("/api/companies/create").then().statusCode(200)
                .body("success", equalTo(true))
                .body("message", equalTo("Created Bay Area Dental Group with Dana Reyes as its contact."))
                .body("company_id", notNullValue()).body("contact_id", notNullValue())
                .extract().jsonPath();
        int companyId = answer.getInt("company_id");
        int contactId = answer.getInt("contact_id");
        assertTrue(answer.get("warnings") == null, "no warnings: " + answer.get("warnings"));

        Map<String, Object> company = Writes.cwCalls("POST", "company/companies").get(0);
        assertEquals("BayAreaDentalGroup", ((Map<?, ?>) company.get("body")).get("identifier"));
        List<Map<String, Object>> patches = Writes.cwCalls("PATCH", "company/companies/" + companyId);
        String patchBodies = patches.toString();
        assertTrue(patchBodies.contains("defaultContact"), patchBodies);
        assertTrue(patchBodies.contains("billingTerms") && patchBodies.contains("taxCode") && patchBodies.contains("accountNumber"),
                patchBodies);

        JsonPath stored = Sandbox.cw().get("/company/companies/" + companyId).then().statusCode(200).extract().jsonPath();
        assertEquals(contactId, stored.getInt("defaultContact.id"));
        assertTrue(stored.get("billingTerms.id") != null && stored.get("taxCode.id") != null, "finance fields set");

        // the number pops at once, without a sync
        given().queryParam("phone", "4155550142").get("/screenpop").then().statusCode(303)
                .header("Location", containsString("/companies/" + companyId + "?phone=%2B14155550142&contactId=" + contactId));
        given().queryParam("q", "Bay Area Dental").get("/api/companies/search").then().body("[0].id", equalTo(companyId));
    }

    @Test
    void identifierIsMadeUniqueWhenTaken() {
        Writes.tool().formParams(companyForm("Unique Test Co", "+1 415 555 0161")).post("/api/companies/create")
                .then().statusCode(200);
        int second = Writes.tool().formParams(companyForm("Unique Test Co", "+1 415 555 0162")).post("/api/companies/create")
                .then().statusCode(200).extract().jsonPath().getInt("company_id");
        assertEquals("UniqueTestCo2", Sandbox.cw().get("/company/companies/" + second).then().extract().jsonPath().getString("identifier"));
    }

    @Test
    void invalidFormIs400WithEveryBadFieldAndWritesNothing() {
        Map<String, Object> form = companyForm("", "not a number");
        form.put("state", "New York");
        form.put("zip_code", "ABCDE");
        form.put("email", "dana-at-example");
        form.remove("city");
        JsonPath answer = Writes.tool().formParams(form).post("/api/companies/create").then().statusCode(400)
                .body("success", equalTo(false))
                .body("message", notNullValue())
                .body("errors", hasKey("name")).body("errors", hasKey("city")).body("errors", hasKey("email"))
                .body("errors", hasKey("phone")).body("errors", hasKey("zip_code"))
                .body("errors.state", containsString("two-letter"))
                .extract().jsonPath();
        assertTrue(answer.getMap("errors").size() >= 6, answer.prettify());
        assertTrue(Writes.cwWrites().isEmpty(), "no ConnectWise write: " + Writes.cwWrites());
    }

    @Test
    void unknownTerritoryIs400AndWritesNothing() {
        Map<String, Object> form = companyForm("Nowhere Inc", "+1 415 555 0171");
        form.put("territory", "Atlantis");
        Writes.tool().formParams(form).post("/api/companies/create").then().statusCode(400)
                .body("errors.territory", containsString("Atlantis"));
        assertTrue(Writes.cwWrites().isEmpty());
    }

    @Test
    void connectWiseRefusalIsReportedWithItsMessage() {
        // the identifier check is the first matching call; let it pass and refuse the POST
        Sandbox.fault(400, 1, "company/companies", 1, null);
        Writes.tool().formParams(companyForm("Refused Co", "+1 415 555 0172")).post("/api/companies/create")
                .then().statusCode(400).body("success", equalTo(false)).body("message", containsString("ConnectWise"));
    }

    @Test
    void contactFailureAfterTheCompanyExistsSaysWhatWasCreated() {
        Sandbox.fault(500, 1, "company/contacts", 0, null);
        JsonPath answer = Writes.tool().formParams(companyForm("Half Made LLC", "+1 415 555 0173"))
                .post("/api/companies/create").then().statusCode(502)
                .body("success", equalTo(false))
                .body("company_id", notNullValue())
                .body("message", containsString("was created in ConnectWise"))
                .extract().jsonPath();
        int companyId = answer.getInt("company_id");
        Sandbox.cw().get("/company/companies/" + companyId).then().statusCode(200).body("name", equalTo("Half Made LLC"));
        // the company is in the index: the agent can find it and add the contact
        given().queryParam("q", "Half Made").get("/api/companies/search").then().body("[0].id", equalTo(companyId));
    }

    @Test
    void financeFailureKeepsSuccessAndWarns() {
        // first PATCH of the new company (defaultContact) passes, the second (finance) fails
        Sandbox.fault(500, 1, "company/companies/", 1, null, "PATCH");
        Writes.tool().formParams(companyForm("Finance Later Ltd", "+1 415 555 0174")).post("/api/companies/create")
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("warnings", notNullValue())
                .body("warnings", everyItem(containsString("inance")));
    }

    @Test
    void browserWriteWithoutTokenIsRefused() {
        given().contentType("application/x-www-form-urlencoded").formParams(companyForm("Csrf Co", "+1 415 555 0175"))
                .post("/api/companies/create").then().statusCode(403).body("success", equalTo(false));
        given().contentType("application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .cookie("screenpop_csrf", "a".repeat(43)).header("X-CSRF-Token", "a".repeat(43))
                .formParams(companyForm("Csrf Co", "+1 415 555 0175"))
                .post("/api/companies/create").then().statusCode(403);
        assertTrue(Writes.cwWrites().isEmpty());
    }
}
