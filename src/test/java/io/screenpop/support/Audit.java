package io.screenpop.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.restassured.specification.RequestSpecification;

/** Reads the audit trail through {@code GET /api/audit}, waiting for the background writer. */
public final class Audit {

    private Audit() {
    }

    /**
     * Waits up to 15 s for an event of this action and path.
     *
     * @param as     the request to read with (an admin)
     * @param action the action, e.g. {@code ticket.note}
     * @param path   the request path, e.g. {@code /api/tickets/7/notes}
     * @return the newest such event
     */
    public static Map<String, Object> await(RequestSpecification as, String action, String path) {
        return await(as, action, e -> path.equals(e.get("path")));
    }

    /**
     * Waits up to 15 s for an event of this action matching the condition.
     *
     * @param as     the request to read with (an admin)
     * @param action the action
     * @param wanted the condition
     * @return the newest such event
     */
    public static Map<String, Object> await(RequestSpecification as, String action, Predicate<Map<String, Object>> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Map<String, Object>> events = List.of();
        while (System.nanoTime() < deadline) {
            events = given().spec(as).queryParam("action", action).queryParam("limit", 500).get("/api/audit").then()
                    .statusCode(200).extract().jsonPath().getList("events");
            for (Map<String, Object> e : events) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no audit event " + action + " matching within 15 s; latest: " + events);
    }
}
