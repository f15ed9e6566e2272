package io.screenpop.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** {@code /api/lookup} as contact-center platforms call it, against the sandbox's fixture records. */
@QuarkusTest
class LookupApiResourceTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    private static RequestSpecification platform() {
        return given().header("x-api-key", Sandbox.API_KEY);
    }

    @Test
    void contactFoundByGetWithEveryField() {
        platform().queryParam("phone", "+1 408 555 1213").get("/api/lookup").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("found", equalTo(true))
                .body("phone_searched", equalTo("+1 408 555 1213"))
                .body("normalized", equalTo("+14085551213"))
                .body("company.id", equalTo(1)).body("company.name", equalTo("ACME Corporation"))
                .body("company.identifier", equalTo("AcmeCorp"))
                .body("contact.id", equalTo(1)).body("contact.name", equalTo("Jane Doe"))
                .body("contact.first_name", equalTo("Jane")).body("contact.last_name", equalTo("Doe"))
                .body("contact.email", equalTo("jane.doe@acme.example"))
                .body("contact.phone_type", equalTo("Direct"))
                .body("matches", hasSize(1)).body("matches[0].contact.id", equalTo(1))
                .body("matches[0].source", equalTo("contact"))
                .body("screen_pop_url", equalTo(baseUrl() + "/screenpop?phone=%2B14085551213"));
    }

    @Test
    void companyMainLineByPostHasNoContact() {
        platform().contentType(ContentType.JSON).body(Map.of("phone", "(408) 555-1212")).post("/api/lookup")
                .then().statusCode(200)
                .body("found", equalTo(true)).body("normalized", equalTo("+14085551212"))
                .body("company.id", equalTo(1)).body("contact", nullValue())
                .body("matches[0].source", equalTo("company_main"));
    }

    @Test
    void contactsComeFirstMostRecentlyUpdatedFirstThenTheMainLine() throws InterruptedException {
        Map<String, Object> company = Writes.companyForm("Lookup Order Co", "651 555 0101");
        company.put("company_phone", "651 555 0101");
        JsonPath created = Writes.tool().formParams(company).post("/api/companies/create").then().statusCode(200)
                .extract().jsonPath();
        int companyId = created.getInt("company_id");
        int older = created.getInt("contact_id");
        Thread.sleep(1100); // ConnectWise's lastUpdated has whole seconds
        int newer = Writes.tool().formParams(Map.of("company_id", companyId, "first_name", "Newer",
                "last_name", "Contact", "phone", "651 555 0101")).post("/api/contacts/create").then().statusCode(200)
                .extract().jsonPath().getInt("contact_id");

        platform().queryParam("phone", "6515550101").get("/api/lookup").then().statusCode(200)
                .body("contact.id", equalTo(newer))
                .body("company.id", equalTo(companyId))
                .body("matches.source", contains("contact", "contact", "company_main"))
                .body("matches[0].contact.id", equalTo(newer))
                .body("matches[1].contact.id", equalTo(older))
                .body("matches[2].contact", nullValue())
                .body("matches[2].company.id", equalTo(companyId));
    }

    @Test
    void numberHeldAtTwoCompaniesListsBoth() {
        platform().queryParam("phone", "+15035550150").get("/api/lookup").then().statusCode(200)
                .body("matches", hasSize(2))
                .body("matches.company.name", org.hamcrest.Matchers.containsInAnyOrder("Initech", "Initrode"));
    }

    @Test
    void unknownNumberIs404FoundFalse() {
        platform().queryParam("phone", "202-555-0199").get("/api/lookup").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("found", equalTo(false))
                .body("message", equalTo("No match for phone number: 202-555-0199"))
                .body("phone", equalTo("202-555-0199"));
    }

    @Test
    void notAPhoneNumberIs404FoundFalse() {
        platform().contentType(ContentType.JSON).body(Map.of("phone", "anonymous")).post("/api/lookup")
                .then().statusCode(404)
                .body("found", equalTo(false)).body("message", equalTo("Not a phone number: anonymous"))
                .body("phone", equalTo("anonymous"));
    }

    @Test
    void missingPhoneIs400() {
        platform().get("/api/lookup").then().statusCode(400)
                .body("error", equalTo("Phone number is required")).body("message", containsString("phone"));
        platform().contentType(ContentType.JSON).body("{}").post("/api/lookup").then().statusCode(400)
                .body("error", equalTo("Phone number is required"));
        platform().contentType(ContentType.JSON).body(Map.of("phone", " ")).post("/api/lookup").then().statusCode(400);
    }

    @Test
    void malformedJsonIs400NotA500() {
        platform().contentType(ContentType.JSON).body("{\"phone\": ").post("/api/lookup").then().statusCode(400)
                .contentType(ContentType.JSON).body("error", equalTo("Malformed JSON"));
        platform().contentType(ContentType.JSON).body("[1,2]").post("/api/lookup").then().statusCode(400)
                .body("error", equalTo("Malformed JSON"));
    }

    @Test
    void bearerKeyWorksAsWellAsXApiKey() {
        given().header("Authorization", "Bearer " + Sandbox.API_KEY).queryParam("phone", "4085551212")
                .get("/api/lookup").then().statusCode(200).body("company.id", equalTo(1));
    }

    @Test
    void bothRotatedKeysAreValid() {
        given().header("x-api-key", "test-key-1").queryParam("phone", "4085551212").get("/api/lookup").then().statusCode(200);
        given().header("x-api-key", "test-key-2").queryParam("phone", "4085551212").get("/api/lookup").then().statusCode(200);
        given().header("Authorization", "Bearer test-key-2").queryParam("phone", "4085551212").get("/api/lookup")
                .then().statusCode(200);
    }

    @Test
    void missingOrWrongKeyIs401() {
        given().queryParam("phone", "4085551212").get("/api/lookup").then().statusCode(401)
                .body("error", equalTo("Unauthorized"));
        given().header("x-api-key", "test-key-3").queryParam("phone", "4085551212").get("/api/lookup")
                .then().statusCode(401).body("error", equalTo("Unauthorized"));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(Map.of("phone", "4085551212"))
                .post("/api/lookup").then().statusCode(401).body("error", equalTo("Unauthorized"));
    }

    @Test
    void publicBaseUrlUnsetMeansLinksFollowTheRequest() {
        given().header("x-api-key", Sandbox.API_KEY).header("Host", "pbx-facing.example:8443")
                .queryParam("phone", "4085551212").get("/api/lookup").then().statusCode(200)
                .body("screen_pop_url", equalTo("http://pbx-facing.example:8443/screenpop?phone=%2B14085551212"));
    }

    private static String baseUrl() {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
    }
}
