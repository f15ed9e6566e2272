package io.screenpop.connectwise;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the current request repeats an action whose earlier attempt ended with an unknown outcome
 * (same {@code Idempotency-Key}, see {@code io.screenpop.idempotency}). {@link ConnectWise} then looks
 * for the record first and writes only when it is not there, so a retry after a lost answer never
 * creates a second record.
 */
@RequestScoped
public class WriteRetry {

    private boolean afterUnknownOutcome;

    /** Marks this request as the retry of an action whose outcome was unknown. */
    public void markAfterUnknownOutcome() {
        afterUnknownOutcome = true;
    }

    /** @return true when an earlier attempt of this action may already have written */
    public boolean afterUnknownOutcome() {
        return afterUnknownOutcome;
    }
}
