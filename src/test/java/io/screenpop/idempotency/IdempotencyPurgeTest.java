package io.screenpop.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.screenpop.support.Sandbox;
import io.screenpop.support.Writes;

/**
 * The hourly purge of {@code Idempotency-Key}s ({@link IdempotencyStore#purge}): a key first seen more than 24 hours
 * ago is forgotten, a fresh one is kept and still replays its answer. A key's age is set in the table, so nobody
 * waits a day.
 */
@QuarkusTest
class IdempotencyPurgeTest {

    @Inject
    IdempotencyStore store;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void ready() {
        Sandbox.freshTest();
    }

    private static Response note(String key, String text) {
        return Writes.tool().header(IdempotencyFilter.HEADER, key).formParam("text", text).post("/api/tickets/1/notes");
    }

    @Test
    void keysOlderThan24HoursArePurgedAndFreshOnesKept() throws SQLException {
        String expired = "purge-old-" + UUID.randomUUID();
        String fresh = "purge-new-" + UUID.randomUUID();
        note(expired, "Old retry").then().statusCode(200);
        note(fresh, "New retry").then().statusCode(200);
        // first seen 24 h and a minute ago, and 23 h ago
        age(expired, IdempotencyStore.RETENTION.plusMinutes(1).toSeconds());
        age(fresh, IdempotencyStore.RETENTION.minusHours(1).toSeconds());

        store.purge();

        assertEquals(0, rows(expired), "the expired key is forgotten");
        assertEquals(1, rows(fresh), "the fresh key is kept");
        // the fresh key still replays its answer and writes nothing
        Sandbox.clearRequests();
        note(fresh, "New retry").then().statusCode(200).header(IdempotencyFilter.REPLAYED, equalTo("true"));
        assertEquals(0, Writes.cwWrites().size(), "a replay writes nothing: " + Writes.cwWrites());
        // the forgotten one is a new request again
        note(expired, "Old retry").then().statusCode(200).header(IdempotencyFilter.REPLAYED, nullValue());
        assertEquals(1, Writes.cwCalls("POST", "/service/tickets/1/notes").size());
    }

    /** Moves the key's first sight {@code seconds} into the past. */
    private void age(String key, long seconds) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update idempotency_key set created_at = ? where idem_key = ?")) {
            s.setObject(1, Instant.now().minusSeconds(seconds).atOffset(ZoneOffset.UTC));
            s.setString(2, key);
            assertEquals(1, s.executeUpdate(), "the key " + key + " was stored");
        }
    }

    private int rows(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from idempotency_key where idem_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
