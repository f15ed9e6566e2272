package io.screenpop.connectwise;

import java.util.function.Predicate;

import jakarta.ws.rs.ProcessingException;

/**
 * Which failures of a ConnectWise read are retried: 429, 502, 503, 504 and connection failures.
 * Used by the retry policies of {@link ConnectWise}.
 */
public class RetryableRead implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ConnectWiseException cw ? cw.isRetryableRead() : failure instanceof ProcessingException;
    }
}
