package io.screenpop.logging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.screenpop.support.LimitsTestProfile;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/** {@code LOG_MASK_NUMBERS=true}: the screenpop, lookup, 3CX and write log lines carry no caller's number. */
@QuarkusTest
@TestProfile(LimitsTestProfile.class)
class MaskedLogTest {

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @Test
    void callersNumbersAreMaskedInTheInfoLines() throws IOException {
        given().queryParam("phone", "(408) 555-1212").get("/screenpop").then().statusCode(303);
        given().queryParam("phone", "+1 202 555 0147").get("/screenpop").then().statusCode(200);
        given().header("x-api-key", Sandbox.API_KEY).queryParam("phone", "408.555.1213").get("/api/lookup").then().statusCode(200);
        Map<String, Object> report = new HashMap<>(Map.of("number", "+1 408 555 1214", "agent", "204",
                "call_type", "Inbound", "start", "2025-06-02T15:04:05Z", "duration", "00:01:00"));
        given().header("apikey", Sandbox.API_KEY).contentType(ContentType.JSON).body(report).post("/api/3cx/journal")
                .then().statusCode(200);
        Writes.tool().formParam("phone", "(408) 451-1477").formParam("phone_type", "Cell")
                .post("/api/contacts/2/add-phone").then().statusCode(200);

        List<String> lines = awaitLines("Phone +*********77 (Cell) added to contact 2");
        String log = String.join("\n", lines);
        assertTrue(log.contains("Screenpop outcome=HIT phone=+*********12"), log);
        assertTrue(log.contains("Screenpop outcome=MISS phone=+*********47"), log);
        assertTrue(log.contains("API lookup outcome=HIT phone=+*********13"), log);
        assertTrue(log.contains("+*********14 journaled as activity"), log);
        for (String number : List.of("4085551212", "2025550147", "4085551213", "4085551214", "4084511477")) {
            assertFalse(log.contains(number), number + " is in the log");
        }
        assertTrue(log.contains("contact 2"), "ids stay readable");
    }

    private static List<String> awaitLines(String wanted) throws IOException {
        Path file = Path.of(LimitsTestProfile.LOG_FILE);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < deadline) {
            lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            if (lines.stream().anyMatch(l -> l.contains(wanted))) {
                return lines;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no log line with '" + wanted + "' in " + file + ": " + String.join("\n", lines));
    }
}
