package io.screenpop.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.index.IndexChange;
import io.screenpop.support.Sandbox;

/**
 * The index's entry point writes the contact changes of one transaction together ({@link ChangeWriter}); the outcome
 * must be exactly that of applying them one by one, in order: the last change to a contact wins, a change older than
 * an earlier one (or than what the index holds) is stale, a deletion in between is followed, and a company's change
 * keeps its place among them. Checked through lookups over HTTP, on the real H2 tables.
 */
@QuarkusTest
class ChangeOrderTest {

    private static final Instant T = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

    @Inject
    SyncService index;
    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    @Test
    void changesWrittenTogetherEndAsIfAppliedOneByOne() throws Exception {
        Company acme = mapper.readValue(Sandbox.cw().get("/company/companies/1").then().statusCode(200).extract()
                .asString(), Company.class);
        Optional<List<Boolean>> outcomes = index.apply(List.of(
                contact(990001, "+14065558801", T),
                contact(990001, "+14065558802", T.minusSeconds(60)),
                contact(990002, "+14065558803", T),
                new IndexChange.ContactDeleted(990002),
                contact(990002, "+14065558804", T.minusSeconds(60)),
                contact(990003, "+14065558805", T),
                new IndexChange.CompanyChanged(acme),
                new IndexChange.ContactDeleted(990003)));

        assertEquals(Optional.of(List.of(true, false, true, true, true, true, true, true)), outcomes);
        found("+14065558801", "990001");
        notFound("+14065558802");
        notFound("+14065558803");
        found("+14065558804", "990002");
        notFound("+14065558805");
        found("+14085551212", "ACME");

        // in a later transaction, a change older than what the index now holds is stale too
        assertEquals(Optional.of(List.of(false)), index.apply(List.of(contact(990001, "+14065558806",
                T.minusSeconds(30)))));
        found("+14065558801", "990001");
        notFound("+14065558806");
    }

    private IndexChange contact(int id, String number, Instant lastUpdated) throws Exception {
        String json = "{\"id\":" + id + ",\"firstName\":\"Order\",\"lastName\":\"Test" + id + "\","
                + "\"company\":{\"id\":1,\"identifier\":\"AcmeCorp\",\"name\":\"ACME Corporation\"},"
                + "\"inactiveFlag\":false,\"communicationItems\":[{\"id\":" + id + ",\"type\":{\"id\":1,\"name\":"
                + "\"Direct\"},\"value\":\"" + number + "\",\"communicationType\":\"Phone\"}],"
                + "\"_info\":{\"lastUpdated\":\"" + lastUpdated + "\"}}";
        return new IndexChange.ContactChanged(mapper.readValue(json, Contact.class));
    }

    private static void found(String e164, String text) {
        given().header("x-api-key", Sandbox.API_KEY).queryParam("phone", e164).get("/api/lookup").then()
                .statusCode(200).body(containsString(text));
    }

    private static void notFound(String e164) {
        given().header("x-api-key", Sandbox.API_KEY).queryParam("phone", e164).get("/api/lookup").then()
                .statusCode(not(200));
    }
}
