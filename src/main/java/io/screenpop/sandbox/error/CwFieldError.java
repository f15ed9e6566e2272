package io.screenpop.sandbox.error;

/** One entry of {@code errors[]} in a ConnectWise error body (schema {@code ValidationError}). */
public record CwFieldError(String code, String message, String resource, String field) {
}
