package io.screenpop.connectwise;

/**
 * A ConnectWise write whose outcome is not known: the request was sent, then the answer was lost
 * (a time-out, a 500/502/504, a dropped connection), and looking the record up afterwards did not
 * find it (or could not be done). The change may or may not have been made; the answer says so
 * ({@code 502 {"outcome":"unknown"}}, see {@link ConnectWiseFailure}).
 */
public class OutcomeUnknownException extends RuntimeException {

    private final String change;

    /**
     * @param change what was being written, for the agent, e.g. {@code the contact Dana Reyes}
     * @param cause  the failure that hid the outcome
     */
    public OutcomeUnknownException(String change, Throwable cause) {
        super("ConnectWise did not confirm " + change + " (" + ConnectWiseFailure.describe(cause) + ")", cause);
        this.change = change;
    }

    /** @return what was being written, e.g. {@code the note on ticket #12} */
    public String change() {
        return change;
    }
}
