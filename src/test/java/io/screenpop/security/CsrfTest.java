package io.screenpop.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * CSRF tokens are an HMAC under the server key (here with sign-in off, bound to the page's nonce
 * cookie): the page's own token works, a cookie and header pair made up by a script does not, nor does
 * a token of another browser or a tampered one; API-key callers need none.
 */
@QuarkusTest
class CsrfTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    private static ExtractableResponse<Response> page() {
        return given().get("/extensions").then().statusCode(200).extract();
    }

    private static String token(ExtractableResponse<Response> page) {
        return page.htmlPath().getString("html.head.meta.find { it.@name == 'csrf-token' }.@content");
    }

    private static io.restassured.response.ValidatableResponse assign(String cookie, String header, String extension) {
        var request = given().contentType("application/x-www-form-urlencoded").formParam("member_identifier", "tlopez");
        if (cookie != null) {
            request.cookie(CsrfTokens.COOKIE, cookie);
        }
        if (header != null) {
            request.header(CsrfTokens.HEADER, header);
        }
        return request.put("/api/extensions/" + extension).then();
    }

    @Test
    void thePagesOwnTokenAuthorisesTheWriteAndTheCookieIsKeptOnReload() {
        var first = page();
        String nonce = first.cookie(CsrfTokens.COOKIE);
        String token = token(first);
        assertTrue(token.startsWith(nonce + "."), "token carries the cookie's nonce and a MAC: " + token);
        assertNotEquals(nonce, token);
        assign(nonce, token, "2911").statusCode(200).body("success", equalTo(true));

        String again = token(given().cookie(CsrfTokens.COOKIE, nonce).get("/extensions").then().statusCode(200).extract());
        assertEquals(token, again, "the same browser keeps its token");
        Writes.tool().delete("/api/extensions/2911").then().statusCode(200);
    }

    @Test
    void aMadeUpCookieAndHeaderPairIsRefused() {
        String forged = "A".repeat(43);
        assign(forged, forged, "2912").statusCode(403).body("success", equalTo(false));
        assign(forged, forged + "." + "B".repeat(43), "2912").statusCode(403);
        assign(null, null, "2912").statusCode(403);
        assertTrue(Writes.cwWrites().isEmpty());
        given().get("/api/extensions").then().statusCode(200).body("extension", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("2912")));
    }

    @Test
    void aTokenOfAnotherBrowserOrATamperedOneIsRefused() {
        var mine = page();
        var theirs = page();
        String myNonce = mine.cookie(CsrfTokens.COOKIE);
        assertNotEquals(myNonce, theirs.cookie(CsrfTokens.COOKIE));
        assign(myNonce, token(theirs), "2913").statusCode(403);
        String token = token(mine);
        char last = token.charAt(token.length() - 1);
        assign(myNonce, token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'), "2913").statusCode(403);
        assign(myNonce, myNonce, "2913").statusCode(403);
    }

    @Test
    void crossSiteAndForeignOriginAreRefusedEvenWithTheRightToken() {
        var page = page();
        String nonce = page.cookie(CsrfTokens.COOKIE);
        given().contentType("application/x-www-form-urlencoded").formParam("member_identifier", "tlopez")
                .cookie(CsrfTokens.COOKIE, nonce).header(CsrfTokens.HEADER, token(page)).header("Sec-Fetch-Site", "cross-site")
                .put("/api/extensions/2914").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("member_identifier", "tlopez")
                .cookie(CsrfTokens.COOKIE, nonce).header(CsrfTokens.HEADER, token(page)).header("Origin", "https://evil.example")
                .put("/api/extensions/2914").then().statusCode(403);
    }

    @Test
    void apiKeyCallersNeedNoToken() {
        Writes.tool().formParam("member_identifier", "tlopez").put("/api/extensions/2915").then().statusCode(200);
        Writes.tool().delete("/api/extensions/2915").then().statusCode(200);
    }
}
