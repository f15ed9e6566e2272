package io.screenpop.tickets;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.screenpop.connectwise.ConnectWiseException;
import io.screenpop.connectwise.ConnectWiseRejectedException;

/**
 * A ConnectWise call that failed inside a multi-step write, with the HTTP status the step earns
 * (as the API's exception mappers would answer it alone) and ConnectWise's message.
 *
 * @param status  ConnectWise's refusal status (401/403 become 502), 502/503 for failures, 504 for a timeout
 * @param message for the agent
 */
public record ConnectWiseFailure(int status, String message) {

    /** @param e what the call threw @return the failure */
    public static ConnectWiseFailure of(RuntimeException e) {
        if (e instanceof ConnectWiseRejectedException r) {
            return new ConnectWiseFailure(r.status() == 401 || r.status() == 403 ? 502 : r.status(),
                    "ConnectWise refused it: " + r.getMessage());
        }
        if (e instanceof ConnectWiseException c) {
            return new ConnectWiseFailure(c.isThrottled() ? 503 : 502,
                    "ConnectWise failed (HTTP " + c.status() + "): " + c.getMessage());
        }
        if (e instanceof CircuitBreakerOpenException) {
            return new ConnectWiseFailure(503, "ConnectWise has been failing; calls are paused for a few seconds");
        }
        if (e instanceof TimeoutException) {
            return new ConnectWiseFailure(504, "ConnectWise did not answer in time");
        }
        if (e instanceof jakarta.ws.rs.ProcessingException) {
            return new ConnectWiseFailure(502, "ConnectWise cannot be reached");
        }
        return new ConnectWiseFailure(500, "Unexpected error: " + e.getMessage());
    }
}
