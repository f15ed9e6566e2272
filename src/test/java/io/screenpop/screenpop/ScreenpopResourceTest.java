package io.screenpop.screenpop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.screenpop.support.Sandbox;

/** The screenpop as a phone system and an agent meet it, against the sandbox's fixture records. */
@QuarkusTest
class ScreenpopResourceTest {

    @BeforeEach
    void indexReady() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
        Sandbox.awaitInitialSync();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(408) 555-1212", "408.555.1212", "+1 408 555 1212", "1-408-555-1212", "4085551212"})
    void companyMainLineWrittenAnyWayRedirectsToTheCompanyPage(String dialled) {
        given().queryParam("phone", dialled).get("/screenpop")
                .then().statusCode(303)
                .header("Location", endsWith("/companies/1?phone=%2B14085551212"));
    }

    @Test
    void eightByEightCallerNumberParameterWorks() {
        given().queryParam("CallerNumber", "14085551212").get("/screenpop")
                .then().statusCode(303).header("Location", containsString("/companies/1?"));
    }

    @Test
    void plusDecodedToSpaceStillFindsTheNumber() {
        // 8x8 templates sometimes put +44… unencoded into the query string: the + arrives as a space
        given().urlEncodingEnabled(false).get("/screenpop?phone=+442079460958")
                .then().statusCode(303).header("Location", containsString("/companies/2?"));
    }

    @Test
    void contactNumberRedirectsWithTheCallingContact() {
        given().queryParam("phone", "408-555-1213 x204").get("/screenpop")
                .then().statusCode(303)
                .header("Location", endsWith("/companies/1?phone=%2B14085551213&contactId=1"));
    }

    @Test
    void ukNumbersMeetWhetherStoredNationallyOrInternationally() {
        // company 2 stores "020 7946 0958" (national, UK record); the caller arrives in E.164
        given().queryParam("phone", "+44 20 7946 0958").get("/screenpop")
                .then().statusCode(303).header("Location", containsString("/companies/2?"));
        // contact 3 stores "+44 20 7946 0959"; a UK caller may arrive in national form with region GB unknown to 8x8
        given().queryParam("phone", "+442079460959").get("/screenpop")
                .then().statusCode(303).header("Location", containsString("/companies/2?phone=%2B442079460959&contactId=3"));
    }

    @Test
    void severalContactsAtOneCompanyLetTheAgentChoose() {
        String page = given().queryParam("phone", "212-555-0175").get("/screenpop")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Alice Ng"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Bob Stone"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("/companies/5?phone=%2B12125550175&amp;contactId=6"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("/companies/5?phone=%2B12125550175&amp;contactId=7"));
    }

    @Test
    void severalCompaniesLetTheAgentChooseTheCompany() {
        String page = given().queryParam("phone", "+15035550150").get("/screenpop")
                .then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("known at 2 companies"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Initech"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Initrode"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("/companies/3?"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("/companies/4?"));
    }

    @Test
    void unknownNumberShowsItAsDialledAndNormalised() {
        given().queryParam("phone", "(202) 555-0199").get("/screenpop")
                .then().statusCode(200)
                .body(containsString("No match for (202) 555-0199"))
                .body(containsString("<dd id=\"dialled\">(202) 555-0199</dd>"))
                .body(containsString("<dd id=\"normalized\">+12025550199</dd>"));
    }

    @Test
    void missingNumberIs400AndExplainsThe8x8Url() {
        given().get("/screenpop").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("?phone=%%CallerNumber%%"));
        given().queryParam("phone", "  ").get("/screenpop").then().statusCode(400);
    }

    @Test
    void scriptInTheCallerValueIsEscaped() {
        String page = given().queryParam("phone", "<script>alert(1)</script>").get("/screenpop")
                .then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, not(containsString("<script>alert(1)</script>")));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void contactWithoutCompanyOpensItsContactPage() {
        given().queryParam("phone", "617-555-0190").get("/screenpop")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/contacts/9?phone=%2B16175550190"));
        given().queryParam("phone", "+16175550190").get("/contacts/9")
                .then().statusCode(200).body(containsString("Walk-in Caller")).body(containsString("not attached to any company"))
                .body(containsString("/screenpop/attach?phone=%2B16175550190&amp;contactId=9"));
    }

    @Test
    void pagesCarryAContentSecurityPolicy() {
        given().queryParam("phone", "2025550199").get("/screenpop")
                .then().header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void companyPageShowsCardContactsAndMarksTheCaller() {
        String page = given().queryParam("phone", "+14085551213").queryParam("contactId", 1).get("/companies/1")
                .then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("ACME Corporation"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("AcmeCorp"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("100 Main St"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("(408) 555-1212"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("<tr id=\"contact-1\" class=\"caller\">"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("John Smith"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("jane.doe@acme.example"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("recordType=CompanyFV&amp;recid=1"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("https://mtx.link/company/1"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Call from <strong>Jane Doe, ACME Corporation, (408) 555-1213</strong>"));
    }

    @Test
    void companyNamesFromConnectWiseAreEscaped() {
        String page = given().get("/companies/6").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Tom &amp; Jerry&#39;s &lt;Script&gt; Shop"));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Mallory &lt;b&gt;Bold&lt;/b&gt;"));
        org.hamcrest.MatcherAssert.assertThat(page, not(containsString("<Script>")));
    }

    @Test
    void unknownCompanyIs404() {
        assertEquals(404, given().get("/companies/999999").statusCode());
    }
}
