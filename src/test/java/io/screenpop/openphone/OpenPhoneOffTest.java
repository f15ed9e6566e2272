package io.screenpop.openphone;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** Without {@code OPENPHONE_API_KEY} nothing is pushed and the answers carry no {@code openphone} field. */
@QuarkusTest
class OpenPhoneOffTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @Test
    void createAnswersHaveNoOpenPhoneField() {
        Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Not", "last_name", "Pushed",
                "phone", "651 555 0121")).post("/api/contacts/create").then().statusCode(200)
                .body("success", equalTo(true)).body("$", not(hasKey("openphone")));
        Writes.tool().formParams(Writes.companyForm("Not Pushed Co", "651 555 0122")).post("/api/companies/create")
                .then().statusCode(200).body("success", equalTo(true)).body("$", not(hasKey("openphone")));
    }

    @Test
    void theCompanyPushSaysOpenPhoneIsOff() {
        io.restassured.RestAssured.given().header("x-api-key", io.screenpop.support.Sandbox.API_KEY).post("/api/openphone/companies/1/push").then()
                .statusCode(409).body("error", org.hamcrest.Matchers.equalTo("OpenPhone is off"));
    }
}
