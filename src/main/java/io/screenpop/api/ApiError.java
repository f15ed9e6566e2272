package io.screenpop.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The error answer of the machine API ({@code /api/lookup}, {@code /api/3cx/*}, the rate limit), e.g.
 * {@code {"error":"Phone number is required","message":"Send the caller's number as ?phone=…"}}.
 *
 * @param error             a short, stable description of what went wrong
 * @param message           what to do about it, in words
 * @param errors            field → reason for invalid input, or {@code null}
 * @param retryAfterSeconds seconds to wait before retrying (429 only), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, Map<String, String> errors,
        @JsonProperty("retry_after_seconds") Long retryAfterSeconds) {

    /** @return an error with a message only */
    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null, null);
    }
}
