package io.screenpop.calls;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.screenpop.signin.AgentSignInTestProfile;
import io.screenpop.support.Agents;
import io.screenpop.support.Sandbox;

/**
 * Recent calls with sign-in on (WireMock OpenID Connect provider): each call names the agent whose browser
 * opened the screenpop, on {@code /calls} and in {@code GET /api/calls}; "mine" shows only the signed-in
 * agent's own calls, "all" everyone's.
 */
@QuarkusTest
@TestProfile(AgentSignInTestProfile.class)
class SignedInCallsTest {

    private static final String TINA = "tina.lopez@msp.example";
    private static final String MARCUS = "marcus.chen@msp.example";
    /** Numbers only this test dials: Tina's known caller (Jane Doe at ACME) and Marcus's unknown one. */
    private static final String TINAS_CALLER = "(408) 555-7001";
    private static final String MARCUS_CALLER = "(651) 555-0177";

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    /** @return a request as an agent signed in by a bearer access token carrying this e-mail in upper case */
    private static RequestSpecification as(String email) {
        return Agents.as(email.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void eachCallNamesTheAgentWhoOpenedItAndMineShowsOnlyTheirOwn() {
        as(TINA).queryParam("phone", TINAS_CALLER).get("/screenpop").then().statusCode(303);
        as(MARCUS).queryParam("phone", MARCUS_CALLER).get("/screenpop").then().statusCode(200);

        List<Map<String, Object>> all = awaitBoth();
        assertEquals(TINA, call(all, TINAS_CALLER).get("agent"), "the e-mail in lower case");
        assertEquals("single_match", call(all, TINAS_CALLER).get("outcome"));
        assertEquals(MARCUS, call(all, MARCUS_CALLER).get("agent"));

        List<Map<String, Object>> tinas = as(TINA).queryParam("who", "mine").queryParam("limit", 500).get("/api/calls")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(tinas.stream().anyMatch(c -> TINAS_CALLER.equals(c.get("number"))), tinas.toString());
        assertTrue(tinas.stream().allMatch(c -> TINA.equals(c.get("agent"))), "only Tina's: " + tinas);
        List<Map<String, Object>> marcuses = as(MARCUS).queryParam("who", "mine").queryParam("limit", 500).get("/api/calls")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(marcuses.stream().anyMatch(c -> MARCUS_CALLER.equals(c.get("number"))), marcuses.toString());
        assertTrue(marcuses.stream().allMatch(c -> MARCUS.equals(c.get("agent"))), "only Marcus's: " + marcuses);
        // "mine" needs somebody signed in
        given().header("x-api-key", Sandbox.API_KEY).queryParam("who", "mine").get("/api/calls").then().statusCode(400);

        // the page: the agent column, and the filter
        String tinasPage = page(TINA, "mine");
        assertTrue(tinasPage.contains(TINAS_CALLER) && !tinasPage.contains(MARCUS_CALLER), tinasPage);
        assertTrue(tinasPage.contains("<td class=\"agent\">" + TINA + "</td>"), tinasPage);
        assertFalse(tinasPage.contains("<td class=\"agent\">" + MARCUS + "</td>"), "no one else's call");
        assertTrue(tinasPage.contains("<option value=\"mine\" selected>Mine</option>"), "the filter says mine");
        String marcusesPage = page(MARCUS, "mine");
        assertTrue(marcusesPage.contains(MARCUS_CALLER) && !marcusesPage.contains(TINAS_CALLER), marcusesPage);
        for (String who : List.of(TINA, MARCUS)) {
            String everyone = page(who, "all");
            assertTrue(everyone.contains("<td class=\"agent\">" + TINA + "</td>")
                    && everyone.contains("<td class=\"agent\">" + MARCUS + "</td>"), everyone);
            assertTrue(everyone.contains(TINAS_CALLER) && everyone.contains(MARCUS_CALLER), everyone);
        }
    }

    private static String page(String agent, String who) {
        return as(agent).accept("text/html").queryParam("who", who).get("/calls").then().statusCode(200).extract().asString();
    }

    /** Waits for both calls to be written (the recorder writes in batches, off the lookup path). */
    private static List<Map<String, Object>> awaitBoth() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Map<String, Object>> calls = List.of();
        while (System.nanoTime() < deadline) {
            calls = given().header("x-api-key", Sandbox.API_KEY).queryParam("limit", 500).get("/api/calls").then()
                    .statusCode(200).extract().jsonPath().getList("$");
            if (calls.stream().anyMatch(c -> TINAS_CALLER.equals(c.get("number")))
                    && calls.stream().anyMatch(c -> MARCUS_CALLER.equals(c.get("number")))) {
                return calls;
            }
            Sandbox.sleep(100);
        }
        throw new AssertionError("the calls were not recorded: " + calls);
    }

    private static Map<String, Object> call(List<Map<String, Object>> calls, String number) {
        return calls.stream().filter(c -> number.equals(c.get("number"))).findFirst()
                .orElseThrow(() -> new AssertionError(number + " not in " + calls));
    }
}
