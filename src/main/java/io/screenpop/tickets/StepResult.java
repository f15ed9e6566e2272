package io.screenpop.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of one step of a call log, e.g. {@code {"ok":true,"id":12}},
 * {@code {"ok":false,"error":"ConnectWise failed (HTTP 500): …"}} or
 * {@code {"ok":false,"skipped":true,"error":"Not attempted: the note failed"}}.
 *
 * @param ok      whether the step's write happened
 * @param id      the record created (note, time entry), or {@code null}
 * @param error   why it did not happen, or {@code null}
 * @param skipped {@code true} when the step was not attempted, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepResult(boolean ok, Integer id, String error, Boolean skipped) {

    /** @return a step that happened */
    public static StepResult done(Integer id) {
        return new StepResult(true, id, null, null);
    }

    /** @return a step that failed */
    public static StepResult failed(String error) {
        return new StepResult(false, null, error, null);
    }

    /** @return a step that was not attempted */
    public static StepResult skipped(String why) {
        return new StepResult(false, null, why, true);
    }
}
