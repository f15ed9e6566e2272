package io.screenpop.connectwise;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * The contract filter is in force in the test suite: the bodies the service sends are checked
 * against the official schemas, and none has broken them so far in this JVM.
 */
@QuarkusTest
class ConnectWiseContractFilterTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @Test
    void everyBodySentToConnectWiseIsCheckedAgainstTheOfficialSchema() {
        Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Contract", "last_name", "Checked",
                "phone", "(628) 555-0150", "email", "contract@example.com")).post("/api/contacts/create").then()
                .statusCode(200).body("success", equalTo(true));
        Writes.tool().formParam("phone", "(628) 555-0151").post("/api/contacts/1/add-phone").then().statusCode(200);
        assertTrue(ConnectWiseContractFilter.CHECKED.contains("POST /company/contacts"), ConnectWiseContractFilter.CHECKED.toString());
        assertTrue(ConnectWiseContractFilter.CHECKED.contains("POST /company/contacts/1/communications"),
                ConnectWiseContractFilter.CHECKED.toString());
        assertEquals(List.of(), ConnectWiseContractFilter.VIOLATIONS);
        // what went on the wire has no "number" property
        Map<?, ?> body = (Map<?, ?>) Writes.cwCalls("POST", "/communications").get(0).get("body");
        assertTrue(!body.containsKey("number"), body.toString());
    }
}
