package io.screenpop.sandbox.error;

import java.util.List;

/** ConnectWise's error body (schema {@code ErrorResponseMessage}): {@code {code, message, errors[]}}. */
public record CwError(String code, String message, List<CwFieldError> errors) {

    /** @param errors may be empty, never null in the output */
    public CwError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** @return an error without field errors */
    public static CwError of(String code, String message) {
        return new CwError(code, message, List.of());
    }
}
