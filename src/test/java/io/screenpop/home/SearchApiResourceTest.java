package io.screenpop.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;

/** {@code GET /api/search}: the home box answers a company or contact name, or a number, from the index. */
@QuarkusTest
class SearchApiResourceTest {

    @BeforeEach
    void ready() {
        Sandbox.awaitInitialSync();
    }

    @Test
    void aCompanyNameFindsTheCompanyFirst() {
        given().queryParam("q", "acme").get("/api/search").then().statusCode(200)
                .body("[0].kind", equalTo("company")).body("[0].label", equalTo("ACME Corporation"))
                .body("[0].url", equalTo("/companies/1")).body("[0].detail", startsWith("San Jose, CA"));
    }

    @Test
    void aContactNameFindsTheContactAtItsCompany() {
        given().queryParam("q", "Jane Do").get("/api/search").then().statusCode(200)
                .body("find { it.label == 'Jane Doe' }.kind", equalTo("contact"))
                .body("find { it.label == 'Jane Doe' }.detail", equalTo("ACME Corporation"))
                .body("find { it.label == 'Jane Doe' }.url", equalTo("/companies/1?contactId=1"));
        given().queryParam("q", "walk-in").get("/api/search").then().statusCode(200)
                .body("find { it.label == 'Walk-in Caller' }.url", equalTo("/contacts/9"));
    }

    @Test
    void aNumberInAnyFormatFindsWhoHoldsIt() {
        given().queryParam("q", "(408) 555-7001").get("/api/search").then().statusCode(200)
                .body("[0].label", equalTo("Jane Doe"))
                .body("[0].url", equalTo("/companies/1?phone=%2B14085557001&contactId=1"));
        given().queryParam("q", "503.555.0150").get("/api/search").then().statusCode(200)
                .body("size()", equalTo(2)).body("detail", hasItem(startsWith("Initech")));
        given().queryParam("q", "+1 408 555 0163").get("/api/search").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].kind", equalTo("number"))
                .body("[0].url", equalTo("/screenpop/attach?phone=%2B14085550163"));
    }

    @Test
    void aNumberTypedAtHomeIsNotACall() {
        given().queryParam("q", "+1 408 555 0164").get("/api/search").then().statusCode(200);
        given().queryParam("limit", 500).get("/api/calls").then().statusCode(200)
                .body("number", not(hasItem("+1 408 555 0164")));
    }

    @Test
    void tooShortOrMissingIs400NamingTheField() {
        given().queryParam("q", "a").get("/api/search").then().statusCode(400)
                .body("errors.q", equalTo("Search needs at least 2 characters"));
        given().get("/api/search").then().statusCode(400);
        given().queryParam("q", "zzqxw").get("/api/search").then().statusCode(200).body("size()", equalTo(0));
    }
}
