package io.screenpop.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.screenpop.support.Sandbox;

/**
 * Sign-in on ({@code SCREENPOP_AUTH=oidc}) against a WireMock OpenID Connect provider, through the HTTP surface:
 * the code flow back to the exact URL asked for, 401 JSON on {@code /api}, bearer access tokens, API keys, roles
 * and the admin-only 403s, sign-out at the provider, and the security headers.
 */
@QuarkusTest
@TestProfile(SignInTestProfile.class)
class SignInTest {

    @BeforeEach
    void noRedirects() {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
        Sandbox.awaitInitialSync();
    }

    /** Signs in through the provider by the code flow, starting from {@code path}; @return the cookies and landing */
    private static Session signIn(String path) {
        Response start = given().urlEncodingEnabled(false).get(path);
        start.then().statusCode(302);
        URI login = URI.create(start.header("Location"));
        Map<String, String> query = query(login);
        assertEquals("code", query.get("response_type"));
        assertEquals("quarkus-web-app", query.get("client_id"));
        assertTrue(query.get("scope").contains("openid"), query.get("scope"));
        String redirectUri = query.get("redirect_uri");
        assertEquals(RestAssured.baseURI + ":" + RestAssured.port + "/signin/callback", redirectUri,
                "one fixed redirect URI, as Entra ID needs it registered exactly");
        Map<String, String> cookies = new HashMap<>(start.cookies());
        // the provider signs alice in and sends the browser back with a code (WireMock's token endpoint answers it)
        Response callback = given().cookies(cookies).queryParam("state", query.get("state")).queryParam("code", "any-code")
                .get(URI.create(redirectUri).getPath());
        callback.then().statusCode(302);
        cookies.putAll(callback.cookies());
        return new Session(cookies, callback.header("Location"));
    }

    private record Session(Map<String, String> cookies, String landing) {
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static String bearer(String user, Set<String> roles) {
        return "Bearer " + OidcWiremockTestResource.getAccessToken(user, roles);
    }

    @Test
    void aScreenpopOpenedBeforeSignInPopsAfterIt() {
        Session session = signIn("/screenpop?phone=4085551212&CallId=abc%20123");
        URI landing = URI.create(session.landing());
        assertEquals("/screenpop", landing.getPath(), "back to the exact path asked for");
        assertEquals("phone=4085551212&CallId=abc%20123", landing.getRawQuery(), "and the exact query");
        given().urlEncodingEnabled(false).cookies(session.cookies()).get(landing.getPath() + "?" + landing.getRawQuery()).then().statusCode(303)
                .header("Location", containsString("/companies/1"));
        given().cookies(session.cookies()).get("/companies/1").then().statusCode(200)
                .body(containsString("ACME Corporation"))
                .body(containsString("Signed in as <strong>alice</strong> (admin)"))
                .body(containsString("href=\"/logout\""))
                .body(not(containsString("Sign-in is off")));
    }

    @Test
    void pagesWithoutASessionGoToTheProvider() {
        for (String page : new String[] {"/", "/companies/1", "/extensions", "/members/tlopez"}) {
            given().get(page).then().statusCode(302).header("Location", startsWith(
                    ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/quarkus"));
        }
        given().get("/static/screenpop.css").then().statusCode(200);
        given().get("/signed-out").then().statusCode(200).body(containsString("You are signed out"));
    }

    @Test
    void theApiAnswers401JsonNeverARedirect() {
        given().get("/api/companies/search?q=ac").then().statusCode(401).header("Location", nullValue())
                .header("WWW-Authenticate", "Bearer").contentType("application/json").body("error", equalTo("Unauthorized"));
        given().post("/sync").then().statusCode(401).header("Location", nullValue()).body("error", equalTo("Unauthorized"));
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/members").then().statusCode(401).header("Location", nullValue()).body("error", equalTo("Unauthorized"));
        given().header("x-api-key", "wrong").get("/api/members").then().statusCode(401).body("error", equalTo("Unauthorized"));
        // an expired or forged session cookie on a JSON call: still 401 JSON, not a redirect
        given().cookie("q_session", "forged").get("/api/companies/search?q=ac").then().statusCode(401)
                .header("Location", nullValue());
    }

    @Test
    void aSessionBearerTokenOrApiKeyReachTheApi() {
        Session session = signIn("/");
        given().cookies(session.cookies()).get("/api/companies/search?q=acme").then().statusCode(200)
                .body("[0].name", containsString("ACME"));
        given().header("Authorization", bearer("bob", Set.of("user"))).get("/api/companies/search?q=acme").then()
                .statusCode(200).body("[0].name", containsString("ACME"));
        given().header("x-api-key", Sandbox.API_KEY).get("/api/companies/search?q=acme").then().statusCode(200);
        given().header("Authorization", "Bearer " + Sandbox.API_KEY).get("/api/companies/search?q=acme").then().statusCode(200);
    }

    @Test
    void machineEndpointsTakeApiKeysOnly() {
        given().header("Authorization", bearer("alice", Set.of("user", "admin"))).queryParam("phone", "4085551212")
                .get("/api/lookup").then().statusCode(401).body("error", equalTo("Unauthorized"));
        given().cookies(signIn("/").cookies()).queryParam("phone", "4085551212").get("/api/lookup").then().statusCode(401);
        given().header("x-api-key", Sandbox.API_KEY).queryParam("phone", "4085551212").get("/api/lookup").then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + Sandbox.API_KEY).queryParam("phone", "4085551212").get("/api/lookup")
                .then().statusCode(200);
        given().queryParam("apikey", Sandbox.API_KEY).queryParam("phone", "4085551212").get("/api/lookup").then()
                .statusCode(401);
    }

    @Test
    void adminOnlyActionsRefuseOtherAgentsWith403() {
        String bob = bearer("bob", Set.of("user"));
        String admin = bearer("ada", Set.of("user", "admin"));
        given().header("Authorization", bob).formParam("member_identifier", "tlopez").put("/api/extensions/205").then()
                .statusCode(403).contentType("application/json").body("success", is(false))
                .body("message", containsString("administrators"));
        given().header("Authorization", bob).delete("/api/extensions/205").then().statusCode(403);
        given().header("Authorization", bob).post("/sync").then().statusCode(403).body("success", is(false));
        given().header("Authorization", bob).get("/integrations/3cx/template.xml").then().statusCode(403);
        given().header("Authorization", bob).accept("text/html,*/*;q=0.8").get("/integrations/3cx/template.xml").then()
                .statusCode(403).contentType(containsString("text/html")).body(containsString("This is for administrators"));
        // anybody signed in may still list and read
        given().header("Authorization", bob).get("/api/extensions").then().statusCode(200);

        given().header("Authorization", admin).formParam("member_identifier", "tlopez").put("/api/extensions/205").then()
                .statusCode(200).body("success", is(true));
        given().header("Authorization", admin).delete("/api/extensions/205").then().statusCode(200);
        given().header("Authorization", admin).get("/integrations/3cx/template.xml").then().statusCode(200)
                .contentType("application/xml");
        given().header("Authorization", admin).post("/sync").then().statusCode(oneOf(202, 409));
        Sandbox.awaitIdle();
        // API keys keep doing what they did
        given().header("x-api-key", Sandbox.API_KEY).post("/sync").then().statusCode(oneOf(202, 409));
        Sandbox.awaitIdle();
        given().header("apikey", Sandbox.API_KEY).get("/integrations/3cx/template.xml").then().statusCode(200);
        given().queryParam("apikey", Sandbox.API_KEY).get("/integrations/3cx/template.xml").then().statusCode(302);
    }

    @Test
    void theAdminOfASessionGetsTheTemplate() {
        Session session = signIn("/integrations/3cx/template.xml");
        assertEquals("/integrations/3cx/template.xml", URI.create(session.landing()).getPath());
        given().cookies(session.cookies()).get("/integrations/3cx/template.xml").then().statusCode(200)
                .header("Content-Disposition", containsString("screenpop-3cx.xml"));
    }

    @Test
    void usersWithoutTheAgentRoleAreRefused() {
        String carol = bearer("carol", Set.of("visitor"));
        given().header("Authorization", carol).get("/api/companies/search?q=acme").then().statusCode(403)
                .body("message", containsString("role user"));
    }

    @Test
    void signOutEndsTheSessionAtTheProvider() {
        Session session = signIn("/");
        Response logout = given().cookies(session.cookies()).get("/logout");
        logout.then().statusCode(302);
        URI endSession = URI.create(logout.header("Location"));
        assertTrue(endSession.getPath().endsWith("/protocol/openid-connect/end-session"), endSession.toString());
        Map<String, String> query = query(endSession);
        assertEquals(RestAssured.baseURI + ":" + RestAssured.port + "/signed-out", query.get("post_logout_redirect_uri"));
        assertNotNull(query.get("id_token_hint"), "RP-initiated logout names the session's ID token");
        String cleared = logout.getDetailedCookies().asList().stream().filter(c -> c.getName().startsWith("q_session"))
                .map(c -> c.getValue() + ";" + c.getMaxAge()).findFirst().orElse("none");
        assertTrue(cleared.endsWith(";0") || cleared.startsWith(";"), "the session cookie is removed: " + cleared);
    }

    @Test
    void headersForFramesAndTls() {
        given().header("x-api-key", Sandbox.API_KEY).get("/api/members").then()
                .header("Content-Security-Policy", containsString("frame-ancestors https://crm.example.com https://*.8x8.com"))
                .header("Strict-Transport-Security", nullValue());
        // behind a TLS-terminating proxy (loopback is a trusted proxy): HSTS, an https redirect URI, Secure cookies
        Response start = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "screenpop.example.com")
                .get("/companies/1");
        start.then().statusCode(302).header("Strict-Transport-Security", "max-age=31536000");
        assertEquals("https://screenpop.example.com/signin/callback", query(URI.create(start.header("Location"))).get("redirect_uri"));
        assertTrue(start.getDetailedCookies().asList().stream().filter(c -> c.getName().startsWith("q_auth")).allMatch(c -> c.isSecured()),
                "state cookie marked Secure: " + start.getDetailedCookies());
        assertTrue(start.getDetailedCookies().asList().stream().anyMatch(c -> c.getName().startsWith("q_auth")));
    }

    @Test
    void healthIsNotOnThePublicPort() {
        given().header("x-api-key", Sandbox.API_KEY).get("/q/health/ready").then().statusCode(oneOf(401, 404))
                .body(not(containsString("UP")));
        given().header("x-api-key", Sandbox.API_KEY).get("/q/metrics").then().statusCode(oneOf(401, 404))
                .body(not(containsString("screenpop_")));
    }
}
