package io.screenpop.companies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.support.Sandbox;

/** The company page renders from the index alone and hands the ticket forms what they need. */
@QuarkusTest
class CompanyPageResourceTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @Test
    void rendersWithoutCallingConnectWiseAndPreselectsTheCaller() {
        given().queryParam("phone", "+14085551213").queryParam("contactId", 1).get("/companies/1").then().statusCode(200)
                .cookie("screenpop_csrf", notNullValue())
                .body(containsString("<meta name=\"csrf-token\""))
                .body(containsString("data-tickets-url=\"/api/tickets/open?companyId=1\""))
                .body(containsString("<option value=\"1\" selected>Jane Doe (calling)</option>"))
                .body(containsString("data-caller-name=\"Jane Doe\""))
                .body(containsString("/static/company-page.js"));
        assertTrue(Sandbox.requests().isEmpty(), "the page itself makes no ConnectWise call: " + Sandbox.requests());
    }

    @Test
    void pageTokenAuthorisesTheBrowsersTicketWrites() {
        var page = given().get("/companies/1").then().statusCode(200).extract();
        String nonce = page.cookie("screenpop_csrf");
        String token = page.htmlPath().getString("html.head.meta.find { it.@name == 'csrf-token' }.@content");
        given().cookie("screenpop_csrf", nonce).header("X-CSRF-Token", token)
                .contentType("application/x-www-form-urlencoded").formParam("text", "Browser note")
                .post("/api/tickets/1/notes").then().statusCode(200).body(containsString("\"success\":true"));
    }
}
