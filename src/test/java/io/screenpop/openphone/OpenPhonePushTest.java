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
    void openPhoneTimingOutLeavesTheConnectWiseContactCreatedWithinTheTimeout() {
        openPhoneAnswers(201, "{\"data\":{\"id\":\"too_late\"}}", 10_000);
        long start = System.nanoTime();
        int contactId = Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Slow", "last_name", "Phone",
                "phone", "651 555 0114")).post("/api/contacts/create").then().statusCode(200)
                .body("success", org.hamcrest.Matchers.equalTo(true))
                .body("openphone.integrated", org.hamcrest.Matchers.equalTo(false))
                .body("openphone.error", containsString("in time"))
                .extract().jsonPath().getInt("contact_id");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 7000, "the create waited " + millis + " ms for OpenPhone, which answers after 10 s");
        Sandbox.cw().get("/company/contacts/" + contactId).then().statusCode(200);
        given().get(metrics).then().body(containsString("screenpop_openphone_pushes_total{result=\"timeout\"}"));
    }
}
