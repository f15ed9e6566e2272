package io.screenpop.openphone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.screenpop.support.PushAndLimitTestProfile;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** Contacts created through this service reach OpenPhone (WireMock here), and OpenPhone failing never fails them. */
@QuarkusTest
@TestProfile(PushAndLimitTestProfile.class)
@ConnectWireMock
class OpenPhonePushTest {

    /** Metrics are on the management interface ({@code QUARKUS_MANAGEMENT_TEST_PORT}), not the public port. */
    private final String metrics = "http://localhost:"
            + org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class)
            + "/q/metrics";

    WireMock wiremock;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
        wiremock.resetMappings();
        wiremock.resetRequests();
    }

    private void openPhoneAnswers(int status, String body, int delayMs) {
        wiremock.register(post(urlEqualTo("/v1/contacts")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).withFixedDelay(delayMs)));
    }

    /** @return the body OpenPhone must receive for this contact */
    private static String openPhoneBody(String first, String last, String company, String email, String e164,
            int connectWiseId) {
        return "{\"defaultFields\":{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"company\":\""
                + company + "\",\"emails\":[{\"name\":\"Email\",\"value\":\"" + email + "\"}],"
                + "\"phoneNumbers\":[{\"name\":\"Phone\",\"value\":\"" + e164 + "\"}]},"
                + "\"externalId\":\"" + connectWiseId + "\",\"source\":\"screenpop\"}";
    }

    @Test
    void aCreatedContactIsPushedWithTheRawKeyAndE164Numbers() {
        openPhoneAnswers(201, "{\"data\":{\"id\":\"op_contact_1\",\"externalId\":\"x\"}}", 0);
        int contactId = Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Olive", "last_name", "Push",
                "phone", "(651) 555-0111", "email", "olive@acme.example")).post("/api/contacts/create")
                .then().statusCode(200)
                .body("success", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.integrated", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.contactId", org.hamcrest.Matchers.equalTo("op_contact_1"))
                .body("openphone", not(hasKey("error")))
                .extract().jsonPath().getInt("contact_id");

        wiremock.verifyThat(1, postRequestedFor(urlEqualTo("/v1/contacts"))
                .withHeader("Authorization", equalTo(PushAndLimitTestProfile.OPENPHONE_KEY))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson(openPhoneBody("Olive", "Push", "ACME Corporation", "olive@acme.example",
                        "+16515550111", contactId))));
    }

    @Test
    void aCreatedCompanysContactIsPushedToo() {
        openPhoneAnswers(201, "{\"data\":{\"id\":\"op_contact_2\"}}", 0);
        Map<String, Object> form = Writes.companyForm("Pushed Company Inc", "651 555 0112");
        form.put("email", "dana@pushed.example");
        int contactId = Writes.tool().formParams(form).post("/api/companies/create").then().statusCode(200)
                .body("openphone.integrated", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.contactId", org.hamcrest.Matchers.equalTo("op_contact_2"))
                .extract().jsonPath().getInt("contact_id");
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo("/v1/contacts"))
                .withRequestBody(equalToJson(openPhoneBody("Dana", "Reyes", "Pushed Company Inc", "dana@pushed.example",
                        "+16515550112", contactId))));
    }

    @Test
    void openPhoneAnswering500LeavesTheConnectWiseContactCreated() {
        openPhoneAnswers(500, "{\"message\":\"boom\"}", 0);
        int contactId = Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Error", "last_name", "Case",
                "phone", "651 555 0113")).post("/api/contacts/create").then().statusCode(200)
                .body("success", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.integrated", org.hamcrest.Matchers.equalTo(false))
                .body("openphone.contactId", nullValue())
                .body("openphone.error", containsString("OpenPhone"))
                .extract().jsonPath().getInt("contact_id");
        Sandbox.cw().get("/company/contacts/" + contactId).then().statusCode(200);
        given().queryParam("phone", "6515550113").get("/screenpop").then().statusCode(303);
        given().get(metrics).then().body(containsString("screenpop_openphone_pushes_total{result=\"error\"}"));
    }

    @Test
    void openPhoneTimingOutLeavesTheConnectWiseContactCreated() {
        // OpenPhone answers after 10 s, the client gives up after 1 s (the profile): a late success is never taken
        openPhoneAnswers(201, "{\"data\":{\"id\":\"too_late\"}}", 10_000);
        int contactId = Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Slow", "last_name", "Phone",
                "phone", "651 555 0114")).post("/api/contacts/create").then().statusCode(200)
                .body("success", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.integrated", org.hamcrest.Matchers.equalTo(false))
                .body("openphone.error", containsString("in time"))
                .body("openphone.contactId", nullValue())
                .extract().jsonPath().getInt("contact_id");
        Sandbox.cw().get("/company/contacts/" + contactId).then().statusCode(200);
        given().get(metrics).then().body(containsString("screenpop_openphone_pushes_total{result=\"timeout\"}"));
    }

    private void openPhoneUpdates(String id) {
        wiremock.register(com.github.tomakehurst.wiremock.client.WireMock.patch(urlEqualTo("/v1/contacts/" + id))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"" + id + "\"}}")));
    }

    @Test
    void aNumberAddedLaterUpdatesTheSameOpenPhoneContact() {
        openPhoneAnswers(201, "{\"data\":{\"id\":\"op_contact_upd\"}}", 0);
        openPhoneUpdates("op_contact_upd");
        int contactId = Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Uma", "last_name", "Update",
                "phone", "651 555 0121", "email", "uma@acme.example")).post("/api/contacts/create")
                .then().statusCode(200).body("openphone.contactId", org.hamcrest.Matchers.equalTo("op_contact_upd"))
                .extract().jsonPath().getInt("contact_id");
        Writes.tool().formParams(Map.of("phone", "651 555 0122", "phone_type", "Direct"))
                .post("/api/contacts/" + contactId + "/add-phone").then().statusCode(200)
                .body("success", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.integrated", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.contactId", org.hamcrest.Matchers.equalTo("op_contact_upd"));
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo("/v1/contacts")));
        wiremock.verifyThat(1, com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo("/v1/contacts/op_contact_upd"))
                .withHeader("Authorization", equalTo(PushAndLimitTestProfile.OPENPHONE_KEY))
                .withRequestBody(equalToJson("{\"defaultFields\":{\"firstName\":\"Uma\",\"lastName\":\"Update\","
                        + "\"company\":\"ACME Corporation\",\"emails\":[{\"name\":\"Email\",\"value\":\"uma@acme.example\"}],"
                        + "\"phoneNumbers\":[{\"name\":\"Phone\",\"value\":\"+16515550121\"},{\"name\":\"Phone\",\"value\":\"+16515550122\"}]},"
                        + "\"externalId\":\"" + contactId + "\",\"source\":\"screenpop\"}")));
    }

    @Test
    void aNumberAddedToAContactNeverPushedLeavesOpenPhoneAlone() {
        Writes.tool().formParams(Map.of("phone", "651 555 0123", "phone_type", "Direct"))
                .post("/api/contacts/2/add-phone").then().statusCode(200)
                .body("success", org.hamcrest.Matchers.equalTo(true)).body("$", not(hasKey("openphone")));
        assertTrue(wiremock.find(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())).isEmpty(), "OpenPhone was not called");
    }

    @Test
    void pushingACompanyUpdatesWhatWasPushedAndCreatesTheRest() {
        openPhoneAnswers(201, "{\"data\":{\"id\":\"op_company_first\"}}", 0);
        Map<String, Object> form = Writes.companyForm("OpenPhone Batch Co", "651 555 0131");
        int companyId = Writes.tool().formParams(form).post("/api/companies/create").then().statusCode(200)
                .body("openphone.contactId", org.hamcrest.Matchers.equalTo("op_company_first"))
                .extract().jsonPath().getInt("company_id");
        wiremock.resetMappings();
        openPhoneAnswers(500, "{\"message\":\"down\"}", 0);
        int second = Writes.tool().formParams(Map.of("company_id", companyId, "first_name", "Sam", "last_name", "Second",
                "phone", "651 555 0132")).post("/api/contacts/create").then().statusCode(200)
                .body("openphone.integrated", org.hamcrest.Matchers.equalTo(false)).extract().jsonPath().getInt("contact_id");
        wiremock.resetMappings();
        wiremock.resetRequests();
        openPhoneAnswers(201, "{\"data\":{\"id\":\"op_company_second\"}}", 0);
        openPhoneUpdates("op_company_first");

        given().header("x-api-key", "test-key-2").post("/api/openphone/companies/" + companyId + "/push").then()
                .statusCode(200).body("company", org.hamcrest.Matchers.equalTo("OpenPhone Batch Co"))
                .body("pushed", org.hamcrest.Matchers.equalTo(2)).body("failed", org.hamcrest.Matchers.equalTo(0))
                .body("contacts.find { it.contact_id == " + second + " }.openphone.contactId",
                        org.hamcrest.Matchers.equalTo("op_company_second"))
                .body("contacts.find { it.contact_id != " + second + " }.openphone.contactId",
                        org.hamcrest.Matchers.equalTo("op_company_first"));
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo("/v1/contacts"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"externalId\":\"" + second + "\"")));
        wiremock.verifyThat(1, com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo("/v1/contacts/op_company_first")));

        // a second push creates nothing new: both are updated
        openPhoneUpdates("op_company_second");
        wiremock.resetRequests();
        given().header("x-api-key", "test-key-2").post("/api/openphone/companies/" + companyId + "/push").then()
                .statusCode(200).body("pushed", org.hamcrest.Matchers.equalTo(2));
        wiremock.verifyThat(0, postRequestedFor(urlEqualTo("/v1/contacts")));
        given().header("x-api-key", "test-key-2").post("/api/openphone/companies/99999/push").then().statusCode(404);
        given().post("/api/openphone/companies/" + companyId + "/push").then().statusCode(401);
    }
}
