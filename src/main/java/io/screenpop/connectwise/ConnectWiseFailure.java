package io.screenpop.connectwise;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The one mapping from a failed ConnectWise call to an HTTP status and the words an agent reads,
 * used by the API's exception mappers, the call log's steps and company creation alike:
 * <table>
 * <caption>ConnectWise failure → answer</caption>
 * <tr><th>failure</th><th>status</th><th>says</th></tr>
 * <tr><td>refused (4xx other than 429)</td><td>ConnectWise's own; 401/403 → 502 (our credentials,
 * not the agent's input)</td><td>"ConnectWise refused it: … Nothing was changed."</td></tr>
 * <tr><td>throttled (429, 503), after retries</td><td>503</td><td>"… Nothing was changed; try again in a moment."</td></tr>
 * <tr><td>{@link OutcomeUnknownException} (write sent, answer lost, record not found)</td><td>502,
 * {@code "outcome":"unknown"}</td><td>"… may or may not have been made …"</td></tr>
 * <tr><td>other ConnectWise errors (500, 502, 504) on a read</td><td>502</td><td>"ConnectWise failed (HTTP n): …"</td></tr>
 * <tr><td>circuit breaker open</td><td>503</td><td>"… calls are paused …"</td></tr>
 * <tr><td>deadline passed</td><td>504</td><td>"ConnectWise did not answer in time"</td></tr>
 * <tr><td>connection failed</td><td>502</td><td>"ConnectWise cannot be reached"</td></tr>
 * </table>
 * "Nothing was changed" is said only when ConnectWise itself answered that it did not process the
 * request (a refusal or a throttle, RFC 9110 §15.5 and §15.6.4) or the circuit breaker kept the call back.
 *
 * @param status         the HTTP status to answer
 * @param message        what happened, for the agent
 * @param outcomeUnknown true when a write may or may not have happened
 */
public record ConnectWiseFailure(int status, String message, boolean outcomeUnknown) {

    /**
     * @param e what a ConnectWise call (through {@link ConnectWise}) threw
     * @return the answer it earns; {@code 500} for anything that is not a ConnectWise failure
     */
    public static ConnectWiseFailure of(Throwable e) {
        if (e instanceof OutcomeUnknownException u) {
            return new ConnectWiseFailure(502, u.getMessage() + ", and it was not found when checked afterwards: "
                    + "the change may or may not have been made. Check ConnectWise before doing it again.", true);
        }
        if (e instanceof ConnectWiseRejectedException r) {
            boolean credentials = r.status() == 401 || r.status() == 403;
            return new ConnectWiseFailure(credentials ? 502 : r.status(), (credentials
                    ? "ConnectWise refused this service's credentials: " : "ConnectWise refused it: ")
                    + r.getMessage() + ". Nothing was changed.", false);
        }
        if (e instanceof ConnectWiseException c && c.isThrottled()) {
            return new ConnectWiseFailure(503, "ConnectWise is busy (HTTP " + c.status() + "): " + c.getMessage()
                    + ". Nothing was changed; try again in a moment.", false);
        }
        if (e instanceof ConnectWiseException c) {
            return new ConnectWiseFailure(502, "ConnectWise failed (HTTP " + c.status() + "): " + c.getMessage(), false);
        }
        if (e instanceof CircuitBreakerOpenException) {
            return new ConnectWiseFailure(503, "ConnectWise has been failing; calls are paused for a few seconds. "
                    + "Nothing was changed; try again shortly.", false);
        }
        if (e instanceof TimeoutException) {
            return new ConnectWiseFailure(504, "ConnectWise did not answer in time. Try again shortly.", false);
        }
        if (e instanceof jakarta.ws.rs.ProcessingException) {
            return new ConnectWiseFailure(502, "ConnectWise cannot be reached. Try again shortly.", false);
        }
        return new ConnectWiseFailure(500, "Unexpected error: " + e.getMessage(), false);
    }

    /**
     * @param e a failure
     * @return true when it is a ConnectWise failure this mapping knows (not a bug of ours)
     */
    public static boolean isConnectWiseFailure(Throwable e) {
        return e instanceof OutcomeUnknownException || e instanceof ConnectWiseException
                || e instanceof CircuitBreakerOpenException || e instanceof TimeoutException
                || e instanceof jakarta.ws.rs.ProcessingException;
    }

    /** @param e a failure @return a short description, e.g. {@code HTTP 504: Gateway Timeout} or {@code no answer in time} */
    static String describe(Throwable e) {
        if (e instanceof ConnectWiseException c) {
            return "HTTP " + c.status() + ": " + c.getMessage();
        }
        if (e instanceof TimeoutException) {
            return "no answer in time";
        }
        if (e instanceof jakarta.ws.rs.ProcessingException) {
            return "the connection failed";
        }
        return e.getClass().getSimpleName();
    }
}
