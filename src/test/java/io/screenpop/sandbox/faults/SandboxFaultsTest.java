package io.screenpop.sandbox.faults;

import static io.restassured.RestAssured.given;
import static io.screenpop.sandbox.CwRequests.cw;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.screenpop.sandbox.SandboxTestProfile;
import io.screenpop.sandbox.log.RecordedRequest;
import io.screenpop.sandbox.log.SandboxRequestLog;

@QuarkusTest
@TestProfile(SandboxTestProfile.class)
class SandboxFaultsTest {

    @Inject
    SandboxFaults faults;
    @Inject
    SandboxRequestLog log;

    @BeforeEach
    void ready() {
        // the start-up sync pages through /company/contacts too: let it finish before counting matches
        io.screenpop.support.Sandbox.awaitInitialSync();
        clean();
    }

    @AfterEach
    void clean() {
        faults.clear();
        log.clear();
    }

    @Test
    void throttlingThroughTheControlEndpointAnswers429WithRetryAfter() {
        io.screenpop.support.Sandbox.control().contentType(ContentType.JSON)
                .body(Map.of("status", 429, "count", 2, "pathContains", "/company/companies", "retryAfterSeconds", 1))
                .post("/sandbox/control/faults").then().statusCode(201);
        io.screenpop.support.Sandbox.control().get("/sandbox/control/faults").then().statusCode(200).body("$", hasSize(1)).body("[0].fault.status", equalTo(429));
        cw().get("/company/contacts/1").then().statusCode(200);
        for (int i = 0; i < 2; i++) {
            cw().get("/company/companies").then().statusCode(429).header("Retry-After", "1")
                    .body("code", equalTo("TooManyRequests")).body("errors", empty());
        }
        cw().get("/company/companies").then().statusCode(200);
        io.screenpop.support.Sandbox.control().get("/sandbox/control/faults").then().body("$", empty());
    }

    @Test
    void serverErrorAfterKMatchingRequestsBreaksPagingHalfway() {
        faults.inject(Fault.failing(500).onPathContaining("/company/contacts").afterMatches(2));
        for (int page = 1; page <= 2; page++) {
            cw().queryParam("page", page).queryParam("pageSize", 1000).get("/company/contacts").then().statusCode(200);
        }
        cw().queryParam("page", 3).queryParam("pageSize", 1000).get("/company/contacts").then().statusCode(500)
                .body("code", equalTo("UnexpectedServerError"));
        cw().queryParam("page", 3).queryParam("pageSize", 1000).get("/company/contacts").then().statusCode(200);
        List<Integer> statuses = log.find("GET", "/company/contacts").stream().map(RecordedRequest::status).toList();
        assertEquals(List.of(200, 200, 500, 200), statuses);
    }

    @Test
    void faultsFilterByMethodAndDefaultTo503RetryAfter() {
        faults.inject(Fault.failing(503).onMethod("POST").times(0));
        cw().get("/company/contacts/1").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            cw().contentType(ContentType.JSON).body(Map.of("type", Map.of("id", 1), "value", "1"))
                    .post("/company/contacts/1/communications").then().statusCode(503).header("Retry-After", "1");
        }
        assertEquals(1, faults.active().size(), "count 0 lasts until cleared");
        faults.clear();
        assertTrue(faults.active().isEmpty());
    }

    @Test
    void slowModeDelaysEveryCall() {
        faults.slow(Duration.ofMillis(300));
        long start = System.nanoTime();
        cw().get("/company/contacts/1").then().statusCode(200);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= 300, "took " + elapsedMs + " ms");
        faults.clear();
        io.screenpop.support.Sandbox.control().contentType(ContentType.JSON).body(Map.of("delayMillis", 200, "pathContains", "/company/companies"))
                .post("/sandbox/control/faults").then().statusCode(201);
        start = System.nanoTime();
        cw().get("/company/companies/1").then().statusCode(200);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 200);
    }

    @Test
    void invalidFaultsAreRejected() {
        io.screenpop.support.Sandbox.control().contentType(ContentType.JSON).body(Map.of("status", 200)).post("/sandbox/control/faults").then().statusCode(400);
        io.screenpop.support.Sandbox.control().delete("/sandbox/control/faults").then().statusCode(204);
    }

    @Test
    void faultsDoNotApplyBeforeAuthentication() {
        faults.inject(Fault.failing(500).times(0));
        given().get("/sandbox/connectwise/v4_6_release/apis/3.0/company/contacts").then().statusCode(401);
        io.screenpop.support.Sandbox.control().get("/sandbox/control/requests").then().statusCode(200).body("[0].status", equalTo(401));
    }
}
