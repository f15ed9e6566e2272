package io.screenpop.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * Validation errors in words for people: each field by its label, and the top message listing every
 * error in the order the form shows its fields, the same every time.
 */
@QuarkusTest
class FieldErrorsTest {

    @BeforeEach
    void ready() {
        Sandbox.awaitInitialSync();
    }

    @RepeatedTest(3)
    void anEmptyNewCompanyFormListsEveryErrorInFormOrder() {
        Map<String, Object> body = Writes.tool().formParam("country", "").post("/api/companies/create").then().statusCode(400)
                .body("success", equalTo(false)).extract().jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) body.get("errors");
        assertEquals(List.of("name", "company_phone", "address", "city", "state", "zip_code", "first_name", "last_name",
                "email", "phone"), List.copyOf(errors.keySet()), "form order");
        assertEquals("Company name is required", errors.get("name"));
        assertEquals("First name is required", errors.get("first_name"));
        assertEquals("ZIP is required", errors.get("zip_code"));
        assertEquals("Please correct 10 fields: Company name is required; Company phone is required; Address is required; "
                + "City is required; State is required; ZIP is required; First name is required; Last name is required; "
                + "E-mail is required; Phone is required.", body.get("message"));
    }

    @Test
    void oneWrongFieldIsNamedByItsLabelNeverItsInternalName() {
        Writes.tool().formParam("company_id", 1).formParam("first_name", "Ann").formParam("last_name", "Lee")
                .formParam("phone", "not a phone").post("/api/contacts/create").then().statusCode(400)
                .body("errors.phone", startsWithPhone())
                .body("message", not(containsString("first_name")))
                .body("message", containsString("Please correct this field: Phone is not a phone number we can dial"));
    }

    private static org.hamcrest.Matcher<String> startsWithPhone() {
        return org.hamcrest.Matchers.startsWith("Phone is not a phone number we can dial");
    }

    @Test
    void anExtensionErrorDescribesThePatternInWords() {
        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/12").then().statusCode(400)
                .body("errors.extension", equalTo("Extension must be an internal extension: 3 or 4 digits"))
                .body("message", not(containsString("\\d")));
    }
}
