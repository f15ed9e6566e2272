package io.screenpop.connectwise;

import java.util.List;

import io.screenpop.connectwise.model.ErrorBody;

/**
 * ConnectWise refused the request itself (a 4xx other than 429: invalid object, duplicate,
 * not found, no permission). Retrying cannot help, and it says nothing about ConnectWise's health,
 * so it neither retries nor opens the circuit breaker.
 */
public class ConnectWiseRejectedException extends ConnectWiseException {

    /**
     * @param status      4xx status
     * @param code        ConnectWise error code
     * @param message     ConnectWise's message
     * @param fieldErrors field-level errors
     */
    public ConnectWiseRejectedException(int status, String code, String message, List<ErrorBody.FieldError> fieldErrors) {
        super(status, code, message, fieldErrors, null);
    }
}
