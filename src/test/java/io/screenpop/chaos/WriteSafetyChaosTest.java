package io.screenpop.chaos;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.screenpop.sandbox.faults.Fault;
import io.screenpop.sandbox.faults.SandboxFaults;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * Issue 11, lost answers: ConnectWise (the sandbox) makes the write and its gateway answers 504, or
 * it hangs, or it is down. Each test asserts what ConnectWise holds at the end (exactly one record,
 * or none) and what the index answers, and that a retry with the same {@code Idempotency-Key}
 * never writes twice.
 */
@QuarkusTest
class WriteSafetyChaosTest {

    @Inject
    SandboxFaults faults;
    @Inject
    io.quarkus.cache.CacheManager caches;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @AfterEach
    void clear() {
        faults.clear();
        // the 3CX journal test fills the activity setup caches; later test classes expect them cold
        for (String cache : List.of("activity-call-type", "activity-closed-status")) {
            caches.getCache(cache).ifPresent(c -> c.invalidateAll().await().indefinitely());
        }
    }

    private static String key() {
        return '"' + UUID.randomUUID().toString() + '"';
    }


    private void loseAnswerOf(String method, String path) {
        faults.inject(Fault.lostAnswer().onMethod(method).onPathContaining(path));
    }

    private static List<Object> contactsNamed(int companyId, String first, String last) {
        return Sandbox.cw().queryParam("conditions", "company/id = " + companyId + " and firstName = \"" + first
                + "\" and lastName = \"" + last + "\"").get("/company/contacts").then().statusCode(200)
                .extract().jsonPath().getList("id");
    }

    private static void pops(String phone, int contactId) {
        given().queryParam("phone", phone).get("/screenpop").then().statusCode(303)
                .header("Location", containsString("contactId=" + contactId));
    }

    @Test
    void aLostAnswerOnCreateContactIsCheckedAndARetryWritesNothing() {
        loseAnswerOf("POST", "/company/contacts");
        String key = key();
        Map<String, Object> form = Map.of("company_id", 1, "first_name", "Lost", "last_name", "Answer",
                "phone", "(628) 555-0141", "phone_type", "Cell");
        int id = Writes.tool().header("Idempotency-Key", key).formParams(form).post("/api/contacts/create").then()
                .statusCode(200).body("success", equalTo(true)).body("contact_id", notNullValue())
                .extract().jsonPath().getInt("contact_id");
        assertEquals(List.of(id), contactsNamed(1, "Lost", "Answer"), "exactly one contact in ConnectWise");
        pops("+16285550141", id);

        Sandbox.clearRequests();
        Response again = Writes.tool().header("Idempotency-Key", key).formParams(form).post("/api/contacts/create");
        again.then().statusCode(200).header("Idempotent-Replayed", "true").body("contact_id", equalTo(id));
        assertTrue(Writes.cwWrites().isEmpty(), "the retry wrote nothing: " + Writes.cwWrites());
        assertEquals(1, contactsNamed(1, "Lost", "Answer").size());
    }

    @Test
    void aLostAnswerOnAddPhoneIsCheckedAndTheNumberPops() {
        loseAnswerOf("POST", "/communications");
        Writes.tool().header("Idempotency-Key", key()).formParam("phone", "(628) 555-0142").formParam("phone_type", "Cell")
                .post("/api/contacts/2/add-phone").then().statusCode(200).body("success", equalTo(true));
        List<String> values = Sandbox.cw().get("/company/contacts/2").then().extract().jsonPath()
                .getList("communicationItems.value");
        assertEquals(1, values.stream().filter("6285550142"::equals).count(), "one item: " + values);
        pops("+16285550142", 2);
    }

    @Test
    void aLostAnswerOnCreateTicketNoteAndTimeIsChecked() {
        loseAnswerOf("POST", "/service/tickets");
        int ticket = Writes.tool().header("Idempotency-Key", key()).formParam("company_id", 1)
                .formParam("summary", "Lost answer ticket").formParam("board", "Help Desk").post("/api/tickets").then()
                .statusCode(200).body("success", equalTo(true)).extract().jsonPath().getInt("ticket_id");
        assertEquals(List.of(ticket), Sandbox.cw().queryParam("conditions", "summary = \"Lost answer ticket\"")
                .get("/service/tickets").then().extract().jsonPath().getList("id"));

        faults.clear();
        loseAnswerOf("POST", "/notes");
        Writes.tool().header("Idempotency-Key", key()).formParam("text", "Lost answer note")
                .post("/api/tickets/" + ticket + "/notes").then().statusCode(200).body("note_id", notNullValue());
        assertEquals(List.of("Lost answer note"), Sandbox.cw().get("/service/tickets/" + ticket + "/notes").then()
                .extract().jsonPath().getList("text"));

        faults.clear();
        loseAnswerOf("POST", "/time/entries");
        Writes.tool().header("Idempotency-Key", key()).formParam("member_identifier", "tlopez").formParam("minutes", 15)
                .post("/api/tickets/" + ticket + "/time").then().statusCode(200).body("time_entry_id", notNullValue());
        assertEquals(1, Sandbox.cw().queryParam("conditions", "chargeToId = " + ticket).get("/time/entries").then()
                .extract().jsonPath().getList("id").size());
    }

    @Test
    void aLostAnswerOnCreateCompanyIsChecked() {
        loseAnswerOf("POST", "/company/companies");
        int company = Writes.tool().header("Idempotency-Key", key())
                .formParams(Writes.companyForm("Lost Gateway Inc", "(628) 555-0143")).post("/api/companies/create")
                .then().statusCode(200).body("success", equalTo(true)).extract().jsonPath().getInt("company_id");
        assertEquals(List.of(company), Sandbox.cw().queryParam("conditions", "name = \"Lost Gateway Inc\"")
                .get("/company/companies").then().extract().jsonPath().getList("id"));
        given().queryParam("q", "Lost Gateway").get("/api/companies/search").then().body("[0].id", equalTo(company));
    }

    @Test
    void aLostAnswerOnTheThreeCxJournalIsChecked() {
        loseAnswerOf("POST", "/sales/activities");
        given().header("apikey", Sandbox.API_KEY).header("Idempotency-Key", key()).contentType("application/json")
                .body(Map.of("number", "+14085551212", "call_type", "Inbound", "start", "2026-11-30T10:00:00Z",
                        "duration", "00:01:05", "agent", "205"))
                .post("/api/3cx/journal").then().statusCode(200).body("logged", equalTo(true))
                .body("activity_id", notNullValue());
        assertEquals(1, Sandbox.cw().queryParam("conditions", "dateStart = [2026-11-30T10:00:00Z]")
                .get("/sales/activities").then().extract().jsonPath().getList("id").size());
    }

    @Test
    void whenTheCheckFindsNothingTheOutcomeIsUnknownAndTheRetryWritesOnce() {
        // ConnectWise down behind its gateway: every call answers 502
        faults.inject(Fault.failing(502).times(0));
        String key = key();
        Map<String, Object> form = Map.of("company_id", 1, "first_name", "Gateway", "last_name", "Down",
                "phone", "(628) 555-0144");
        Writes.tool().header("Idempotency-Key", key).formParams(form).post("/api/contacts/create").then()
                .statusCode(502).body("success", equalTo(false)).body("outcome", equalTo("unknown"))
                .body("message", containsString("may or may not have been made"));
        faults.clear();
        assertEquals(List.of(), contactsNamed(1, "Gateway", "Down"), "ConnectWise holds nothing");
        given().queryParam("phone", "+16285550144").get("/screenpop").then().statusCode(200)
                .body(containsString("No match"));

        // ConnectWise is back: the same action with the same key writes it once
        int id = Writes.tool().header("Idempotency-Key", key).formParams(form).post("/api/contacts/create").then()
                .statusCode(200).extract().jsonPath().getInt("contact_id");
        assertEquals(List.of(id), contactsNamed(1, "Gateway", "Down"));
        pops("+16285550144", id);
    }

    @Test
    void aRefusalSaysNothingWasChanged() {
        faults.inject(Fault.failing(400).onMethod("POST").onPathContaining("/company/contacts"));
        Writes.tool().formParams(Map.of("company_id", 1, "first_name", "Refused", "last_name", "Contact",
                "phone", "(628) 555-0145")).post("/api/contacts/create").then().statusCode(400)
                .body("message", containsString("Nothing was changed"));
    }

    @Test
    void aThirtySecondHangDuringAWriteAnswersWithinTheDeadlineAndTheRetryWritesOnce() throws Exception {
        faults.inject(Fault.slow(Duration.ofSeconds(30)).times(1).onMethod("POST").onPathContaining("/company/contacts"));
        String key = key();
        Map<String, Object> form = Map.of("company_id", 1, "first_name", "Hung", "last_name", "Gateway",
                "phone", "(628) 555-0146");
        long t0 = System.nanoTime();
        Writes.tool().header("Idempotency-Key", key).formParams(form).post("/api/contacts/create").then()
                .statusCode(502).body("outcome", equalTo("unknown"));
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(tookMs < 5_000 + 4_000, "answered after " + tookMs + " ms; CW_INTERACTIVE_TIMEOUT is 5 s");

        // the hung request may still land in ConnectWise: wait until it did or surely will not
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline && contactsNamed(1, "Hung", "Gateway").isEmpty()) {
            Thread.sleep(500);
        }
        int id = Writes.tool().header("Idempotency-Key", key).formParams(form).post("/api/contacts/create").then()
                .statusCode(200).extract().jsonPath().getInt("contact_id");
        assertEquals(List.of(id), contactsNamed(1, "Hung", "Gateway"), "exactly one contact in ConnectWise");
        pops("+16285550146", id);
    }

    @Test
    void twoConcurrentAddPhonesOnOneContactBothEndInTheIndex() {
        // both writes overlap: each waits 300 ms in ConnectWise before it is made
        faults.inject(Fault.slow(Duration.ofMillis(300)).times(2).onMethod("POST").onPathContaining("/communications"));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> Writes.tool()
                .formParam("phone", "(628) 555-0147").post("/api/contacts/4/add-phone").statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> Writes.tool()
                .formParam("phone", "(628) 555-0148").post("/api/contacts/4/add-phone").statusCode());
        assertEquals(200, a.join());
        assertEquals(200, b.join());
        List<String> values = Sandbox.cw().get("/company/contacts/4").then().extract().jsonPath()
                .getList("communicationItems.value");
        assertTrue(values.contains("6285550147") && values.contains("6285550148"), values.toString());
        pops("+16285550147", 4);
        pops("+16285550148", 4);
    }

    @Test
    void anAgentsWriteDoesNotWaitForASyncInProgressAndSurvivesIt() throws Exception {
        // a slow full sync: every page of contacts takes a second
        faults.inject(Fault.slow(Duration.ofSeconds(1)).onMethod("GET").onPathContaining("/company/contacts")
                .afterMatches(0));
        given().header("x-api-key", Sandbox.API_KEY).queryParam("kind", "full").post("/sync").then().statusCode(202);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().get("/sync/status").then().extract().jsonPath().get("running") == null && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Writes.tool().formParam("phone", "(628) 555-0149").post("/api/contacts/5/add-phone").then().statusCode(200);
        pops("+16285550149", 5);
        assertTrue(given().get("/sync/status").then().extract().jsonPath().get("running") != null,
                "the write was answered and indexed while the sync was still running");
        faults.clear();
        Sandbox.awaitIdle();
        pops("+16285550149", 5);
    }

    @Test
    void theSameKeyWithAnotherRequestIs422AndWhileInFlight409() {
        String key = key();
        // the first of two identical requests to claim the key waits 2 s in ConnectWise; the other gets 409
        faults.inject(Fault.slow(Duration.ofSeconds(2)).times(1).onMethod("POST").onPathContaining("/notes"));
        java.util.function.Supplier<Integer> send = () -> Writes.tool().header("Idempotency-Key", key)
                .formParam("text", "In flight").post("/api/tickets/1/notes").statusCode();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(send);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(send);
        assertEquals(List.of(200, 409), java.util.stream.Stream.of(first.join(), second.join()).sorted().toList());
        Writes.tool().header("Idempotency-Key", key).formParam("text", "Another text").post("/api/tickets/1/notes")
                .then().statusCode(422).body("success", equalTo(false));
        JsonPath notes = Sandbox.cw().queryParam("conditions", "text = \"In flight\"").get("/service/tickets/1/notes")
                .then().extract().jsonPath();
        assertEquals(1, notes.getList("id").size(), "one note");
        Writes.tool().header("Idempotency-Key", "\"\"").formParam("text", "x").post("/api/tickets/1/notes").then()
                .statusCode(400);
    }
}
