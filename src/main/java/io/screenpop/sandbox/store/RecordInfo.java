package io.screenpop.sandbox.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Maintains a record's {@code _info} block: {@code lastUpdated} and {@code dateEntered} as ISO-8601 UTC seconds. */
public final class RecordInfo {

    private RecordInfo() {
    }

    /** @return the instant as ConnectWise writes it, e.g. {@code 2025-06-01T12:00:00Z} */
    public static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Sets {@code _info/lastUpdated} to now and keeps {@code dateEntered} of the previous version
     * (now for a new record). The block is moved to the end of the record.
     *
     * @param previous the stored version before this write, or null
     */
    public static void touch(ObjectNode record, ObjectNode previous) {
        String now = format(Instant.now());
        String entered = previous != null && previous.path("_info").hasNonNull("dateEntered")
                ? previous.path("_info").get("dateEntered").asText() : now;
        record.remove("_info");
        ObjectNode info = record.putObject("_info");
        info.put("lastUpdated", now);
        info.put("dateEntered", entered);
    }
}
