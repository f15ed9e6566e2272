package io.screenpop.sandbox.error;

import java.util.List;

/** Ends a sandbox API call with an HTTP status and a ConnectWise error body. */
public class CwApiException extends RuntimeException {

    private final int status;
    private final transient CwError error;

    /** @param status HTTP status to answer with */
    public CwApiException(int status, CwError error) {
        super(error.message());
        this.status = status;
        this.error = error;
    }

    /** 404 {@code NotFound}, e.g. "contact with id 99 not found". */
    public static CwApiException notFound(String resource, Object id) {
        return new CwApiException(404, CwError.of("NotFound", resource + " with id " + id + " not found"));
    }

    /** 404 for a path the sandbox does not serve. */
    public static CwApiException noSuchPath(String path) {
        return new CwApiException(404, CwError.of("NotFound", "The requested resource " + path + " was not found"));
    }

    /** 400 {@code InvalidObject} with a message only (bad query parameter, malformed body). */
    public static CwApiException invalid(String message) {
        return new CwApiException(400, CwError.of("InvalidObject", message));
    }

    /** 400 {@code "<resource> object is invalid"} listing field errors. */
    public static CwApiException invalidObject(String resource, CwFieldError... errors) {
        return new CwApiException(400, new CwError("InvalidObject", resource + " object is invalid", List.of(errors)));
    }

    /** 401 {@code Unauthorized}. */
    public static CwApiException unauthorized(String message) {
        return new CwApiException(401, CwError.of("Unauthorized", message));
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the body to send */
    public CwError error() {
        return error;
    }
}
