package io.screenpop.activities;

import java.time.Duration;
import java.time.Instant;

/**
 * A finished call as a phone system reports it, validated.
 *
 * @param e164      the other party's number in E.164
 * @param agent     the agent's extension, or {@code null} when no agent took part (e.g. missed in a queue)
 * @param direction inbound or outbound
 * @param start     when the call started
 * @param duration  how long it lasted (zero when not answered)
 * @param answered  whether anyone answered
 * @param source    the phone system, e.g. {@code 3CX}
 */
public record CallReport(String e164, String agent, Direction direction, Instant start, Duration duration,
        boolean answered, String source) {

    /** Who called whom. */
    public enum Direction {
        /** The caller called in. */
        INBOUND,
        /** The agent called out. */
        OUTBOUND
    }
}
