package io.screenpop.connectwise.model;

import java.util.List;

/**
 * ConnectWise's error answer: {@code {code, message, errors:[{code, message, resource, field}]}}.
 *
 * @param code    error code, e.g. {@code InvalidObject}
 * @param message human-readable message, shown to agents
 * @param errors  field-level details, or {@code null}
 */
public record ErrorBody(String code, String message, List<FieldError> errors) {

    /**
     * One field-level error.
     *
     * @param code     e.g. {@code ObjectExists}
     * @param message  e.g. "The identifier is already in use."
     * @param resource e.g. {@code company}
     * @param field    e.g. {@code identifier}
     */
    public record FieldError(String code, String message, String resource, String field) {
    }
}
