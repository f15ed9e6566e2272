package io.screenpop.connectwise;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.screenpop.connectwise.model.ErrorBody;

/**
 * ConnectWise answered with an error status. Carries ConnectWise's own message (to show agents),
 * its field errors, and the {@code Retry-After} delay it asked for, if any.
 */
public class ConnectWiseException extends RuntimeException {

    /** Statuses that mean "the request was not processed, try later": safe to retry for any method. */
    public static final Set<Integer> THROTTLED = Set.of(429, 503);
    /** Statuses retried for reads only: the gateway may have passed a write on before failing. */
    public static final Set<Integer> GATEWAY = Set.of(502, 504);

    private final int status;
    private final String code;
    private final List<ErrorBody.FieldError> fieldErrors;
    private final Duration retryAfter;

    /**
     * @param status     HTTP status from ConnectWise
     * @param code       ConnectWise error code, or {@code null}
     * @param message    ConnectWise's message, or a generic one when the body had none
     * @param fieldErrors field-level errors, never {@code null}
     * @param retryAfter the {@code Retry-After} delay, or {@code null}
     */
    public ConnectWiseException(int status, String code, String message, List<ErrorBody.FieldError> fieldErrors,
            Duration retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    /** @return the HTTP status ConnectWise answered */
    public int status() {
        return status;
    }

    /** @return ConnectWise's error code, e.g. {@code InvalidObject}, or {@code null} */
    public String code() {
        return code;
    }

    /** @return field-level errors ({@code field}, {@code message}) */
    public List<ErrorBody.FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** @return the delay ConnectWise asked for in {@code Retry-After} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** @return true for 429 and 503, which are safe to retry for writes too */
    public boolean isThrottled() {
        return THROTTLED.contains(status);
    }

    /** @return true for 429, 502, 503 and 504 */
    public boolean isRetryableRead() {
        return isThrottled() || GATEWAY.contains(status);
    }
}
