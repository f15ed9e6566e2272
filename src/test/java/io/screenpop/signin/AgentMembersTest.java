package io.screenpop.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.screenpop.support.Agents;
import io.screenpop.support.Audit;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * Writes charged to the signed-in agent, through the HTTP surface with sign-in on (WireMock OpenID Connect
 * provider): the agent's e-mail matched to the sandbox members' primaryEmail/officeEmail ignoring case, an
 * admin's explicit mapping winning over it, impersonation refused unless admin, the agent without a member
 * told why, the audit rows naming the agent, the per-user rate limit, and CSRF bound to the session.
 */
@QuarkusTest
@TestProfile(AgentSignInTestProfile.class)
class AgentMembersTest {

    private static final String TINA = "TINA.LOPEZ@msp.example";
    private static final String MARCUS = "marcus.chen@msp.example";
    private static final String DANIEL = "dan.okafor@home.example";
    private static final String ADMIN = "helpdesk.admin@msp.example";

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        Sandbox.clearFaults();
    }

    /** @return a request as a user signed in by a bearer access token carrying this e-mail */
    private static RequestSpecification as(String email, String... roles) {
        return Agents.as(email, roles);
    }

    private static RequestSpecification admin() {
        return as(ADMIN, "user", "admin");
    }

    private static int newTicket(String summary) {
        int id = Sandbox.cw().body(Map.of("summary", summary, "company", Map.of("id", 1), "contact", Map.of("id", 1),
                "board", Map.of("id", 1))).post("/service/tickets").then().statusCode(201).extract().jsonPath().getInt("id");
        Sandbox.clearRequests();
        return id;
    }

    @SuppressWarnings("unchecked")
    private static String memberOf(Map<String, Object> request) {
        Map<String, Object> body = (Map<String, Object>) request.get("body");
        Map<String, Object> member = (Map<String, Object>) body.get("member");
        return member == null ? null : String.valueOf(member.get("identifier"));
    }

    @Test
    void anAgentsTimeNotesAndCallsAreChargedToTheirMemberWithoutAsking() {
        as(TINA).get("/api/members/me").then().statusCode(200).body("signed_in", equalTo(true))
                .body("member.identifier", equalTo("tlopez")).body("source", equalTo("email"))
                .body("can_log_time", equalTo(true)).body("message", containsString("Tina Lopez"));
        as(MARCUS).get("/api/members/me").then().body("member.identifier", equalTo("mchen"));

        int ticket = newTicket("Charged to the agent");
        as(TINA).formParam("minutes", 12).formParam("notes", "Reset the printer").post("/api/tickets/" + ticket + "/time")
                .then().statusCode(200).body("message", containsString("Tina Lopez"));
        as(TINA).formParam("text", "Called back").post("/api/tickets/" + ticket + "/notes").then().statusCode(200);
        as(MARCUS).formParam("note_text", "Walked through VPN setup").formParam("minutes", 7)
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(200).body("success", equalTo(true));

        List<Map<String, Object>> time = Writes.cwCalls("POST", "/time/entries");
        assertEquals(List.of("tlopez", "mchen"), time.stream().map(AgentMembersTest::memberOf).toList());
        List<Map<String, Object>> notes = Writes.cwCalls("POST", "/service/tickets/" + ticket + "/notes");
        assertEquals(List.of("tlopez", "mchen"), notes.stream().map(AgentMembersTest::memberOf).toList());

        // the audit trail names the agent by e-mail
        Map<String, Object> event = Audit.await(admin(), "ticket.time", "/api/tickets/" + ticket + "/time");
        assertEquals("tina.lopez@msp.example", event.get("actor"));
        assertEquals("AGENT", event.get("actor_kind"));
        assertEquals("success", event.get("outcome"));
    }

    @Test
    void namingAnotherMemberIs403UnlessAdmin() {
        int ticket = newTicket("Impersonation");
        as(TINA).formParam("member_identifier", "mchen").formParam("minutes", 30).post("/api/tickets/" + ticket + "/time")
                .then().statusCode(403).body("success", equalTo(false)).body("message", containsString("only an admin"));
        as(TINA).formParam("member_identifier", "mchen").formParam("text", "as Marcus").post("/api/tickets/" + ticket + "/notes")
                .then().statusCode(403);
        as(TINA).formParam("member_identifier", "mchen").formParam("note_text", "as Marcus")
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(403);
        assertTrue(Writes.cwWrites().isEmpty(), "nothing written: " + Writes.cwWrites());
        Map<String, Object> refused = Audit.await(admin(), "ticket.time", e -> ("/api/tickets/" + ticket + "/time").equals(e.get("path")));
        assertEquals("refused", refused.get("outcome"));
        assertEquals(403, refused.get("status"));

        // naming herself, in any case, is fine
        as(TINA).formParam("member_identifier", "TLOPEZ").formParam("minutes", 5).post("/api/tickets/" + ticket + "/time")
                .then().statusCode(200);
        // an admin may charge another member; API keys name the member as before
        admin().formParam("member_identifier", "ppatel").formParam("minutes", 15).post("/api/tickets/" + ticket + "/time")
                .then().statusCode(200).body("message", containsString("Priya Patel"));
        Writes.tool().formParam("member_identifier", "dokafor").formParam("minutes", 10).post("/api/tickets/" + ticket + "/time")
                .then().statusCode(200);
        assertEquals(List.of("tlopez", "ppatel", "dokafor"),
                Writes.cwCalls("POST", "/time/entries").stream().map(AgentMembersTest::memberOf).toList());
    }

    @Test
    void anAgentWithoutMemberIsToldWhyTimeCannotBeLogged() {
        as(DANIEL).get("/api/members/me").then().statusCode(200).body("member", nullValue())
                .body("can_log_time", equalTo(false))
                .body("message", containsString("No active ConnectWise member has dan.okafor@home.example"));
        // an inactive member's address and an API member's address match nobody either
        as("kim.jones@msp.example").get("/api/members/me").then().body("can_log_time", equalTo(false));
        as("api@msp.example").get("/api/members/me").then().body("can_log_time", equalTo(false));

        int ticket = newTicket("No member");
        as(DANIEL).formParam("minutes", 5).post("/api/tickets/" + ticket + "/time").then().statusCode(400)
                .body("errors.member_identifier", containsString("time cannot be logged"));
        as(DANIEL).formParam("note_text", "Left a voicemail").formParam("minutes", 5)
                .post("/api/tickets/" + ticket + "/log-change").then().statusCode(400);
        assertTrue(Writes.cwWrites().isEmpty());
        // a note needs no member
        as(DANIEL).formParam("text", "Left a voicemail").post("/api/tickets/" + ticket + "/notes").then().statusCode(200);

        // the company page shows no "Logging as" picker to a signed-in agent, but where their member is said
        String page = as(DANIEL).accept("text/html").get("/companies/1").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"agent-self\""), page);
        assertTrue(!page.contains("id=\"agent-member\""), "no picker");
    }

    @Test
    void anAdminsMappingWinsOverTheEmailAndOnlyAdminsMayMap() {
        String email = "tina.lopez@msp.example";
        as(TINA).formParam("member_identifier", "ppatel").put("/api/admin/member-mappings/" + email).then().statusCode(403);
        as(TINA).get("/admin/members").then().statusCode(403);
        as(TINA).get("/api/admin/member-mappings").then().statusCode(403);

        admin().formParam("member_identifier", "ppatel").put("/api/admin/member-mappings/" + email).then().statusCode(200)
                .body("success", equalTo(true)).body("mapping.member_identifier", equalTo("ppatel"))
                .body("mapping.mapped_by", equalTo(ADMIN.toLowerCase()));
        try {
            as(TINA).get("/api/members/me").then().body("member.identifier", equalTo("ppatel")).body("source", equalTo("mapping"));
            int ticket = newTicket("Mapped");
            as(TINA).formParam("minutes", 3).post("/api/tickets/" + ticket + "/time").then().statusCode(200);
            assertEquals("ppatel", memberOf(Writes.cwCalls("POST", "/time/entries").get(0)));
            admin().get("/api/admin/member-mappings").then().statusCode(200).body("email", org.hamcrest.Matchers.hasItem(email));
            admin().accept("text/html").get("/admin/members").then().statusCode(200)
                    .body(containsString(email)).body(containsString("Priya Patel (ppatel)"));
            // a user who has no member by e-mail gets one by mapping
            admin().formParam("member_identifier", "dokafor").put("/api/admin/member-mappings/" + DANIEL).then().statusCode(200);
            as(DANIEL).get("/api/members/me").then().body("member.identifier", equalTo("dokafor"));
            // bad input names the field
            admin().formParam("member_identifier", "nobody").put("/api/admin/member-mappings/" + email).then().statusCode(400)
                    .body("errors.member_identifier", containsString("nobody"));
            admin().formParam("member_identifier", "mchen").put("/api/admin/member-mappings/not-an-email").then().statusCode(400)
                    .body("errors.email", containsString("e-mail"));
        } finally {
            admin().delete("/api/admin/member-mappings/" + email).then().statusCode(200);
            admin().delete("/api/admin/member-mappings/" + DANIEL).then().statusCode(200);
        }
        admin().delete("/api/admin/member-mappings/" + email).then().statusCode(404);
        as(TINA).get("/api/members/me").then().body("member.identifier", equalTo("tlopez")).body("source", equalTo("email"));
        Audit.await(admin(), "member-mapping.set", "/api/admin/member-mappings/" + email);
    }

    @Test
    void theAuditTrailIsForAdmins() {
        as(TINA).get("/api/audit").then().statusCode(403);
        as(TINA).accept("text/html").get("/admin/audit").then().statusCode(403);
        admin().get("/api/audit").then().statusCode(200);
        admin().accept("text/html").get("/admin/audit").then().statusCode(200).body(containsString("Audit trail"));
    }

    @Test
    void eachSignedInUserHasTheirOwnRateLimit() {
        RequestSpecification busy = as("busy.agent@msp.example");
        int passed = 0;
        Response last = null;
        for (int i = 0; i < 10 * AgentSignInTestProfile.USER_LIMIT; i++) {
            last = as("busy.agent@msp.example").get("/api/service/boards");
            if (last.statusCode() == 429) {
                break;
            }
            last.then().statusCode(200);
            passed++;
        }
        assertTrue(passed >= AgentSignInTestProfile.USER_LIMIT && last.statusCode() == 429, passed + " passed");
        last.then().header("Retry-After", not(nullValue()));
        busy.get("/api/service/priorities").then().statusCode(429);
        as(MARCUS).get("/api/service/boards").then().statusCode(200);
    }

    @Test
    void theCsrfTokenIsBoundToTheBrowserSession() {
        Map<String, String> cookies = signIn("/companies/1");
        ExtractableResponse<Response> page = given().cookies(cookies).get("/companies/1").then().statusCode(200).extract();
        cookies.putAll(page.cookies());
        String nonce = cookies.get("screenpop_csrf");
        String token = page.htmlPath().getString("html.head.meta.find { it.@name == 'csrf-token' }.@content");
        assertTrue(token.startsWith(nonce + "."), token);

        given().cookies(cookies).header("X-CSRF-Token", token).contentType("application/x-www-form-urlencoded")
                .formParam("text", "From the session").post("/api/tickets/1/notes").then().statusCode(200);
        // a made-up cookie and header pair, a token without MAC, or none: refused with the valid session
        Map<String, String> forged = new HashMap<>(cookies);
        forged.put("screenpop_csrf", "A".repeat(43));
        given().cookies(forged).header("X-CSRF-Token", "A".repeat(43) + "." + "B".repeat(43))
                .contentType("application/x-www-form-urlencoded").formParam("text", "forged").post("/api/tickets/1/notes")
                .then().statusCode(403);
        given().cookies(forged).header("X-CSRF-Token", "A".repeat(43)).contentType("application/x-www-form-urlencoded")
                .formParam("text", "forged").post("/api/tickets/1/notes").then().statusCode(403);
        given().cookies(cookies).contentType("application/x-www-form-urlencoded").formParam("text", "no token")
                .post("/api/tickets/1/notes").then().statusCode(403);
        // the same nonce with a tampered MAC
        given().cookies(cookies).header("X-CSRF-Token", nonce + "." + token.substring(token.indexOf('.') + 2) + "A")
                .contentType("application/x-www-form-urlencoded").formParam("text", "tampered").post("/api/tickets/1/notes")
                .then().statusCode(403);
        assertEquals(1, Writes.cwCalls("POST", "/service/tickets/1/notes").size(), "only the session's own write");
    }

    /** Signs in by the code flow (the WireMock provider signs alice in), starting from {@code path}; @return the cookies */
    private static Map<String, String> signIn(String path) {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
        Response start = given().urlEncodingEnabled(false).get(path);
        start.then().statusCode(302);
        URI login = URI.create(start.header("Location"));
        Map<String, String> query = new HashMap<>();
        for (String pair : login.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        Map<String, String> cookies = new HashMap<>(start.cookies());
        Response callback = given().cookies(cookies).queryParam("state", query.get("state")).queryParam("code", "any-code")
                .get(URI.create(query.get("redirect_uri")).getPath());
        callback.then().statusCode(302);
        cookies.putAll(callback.cookies());
        return cookies;
    }
}
