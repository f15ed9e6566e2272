package io.screenpop.connectwise;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import io.screenpop.connectwise.model.ErrorBody;

/**
 * Turns every ConnectWise answer of 400 or above into a {@link ConnectWiseException} carrying
 * ConnectWise's {@code message}, field errors and {@code Retry-After} (seconds or HTTP date, RFC 9110 §10.2.3).
 */
public class ConnectWiseErrorMapper implements ResponseExceptionMapper<ConnectWiseException> {

    @Override
    public ConnectWiseException toThrowable(Response response) {
        ErrorBody body = null;
        try {
            if (response.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(jsonOrNull(response))) {
                body = response.readEntity(ErrorBody.class);
            }
        } catch (RuntimeException unreadable) {
            body = null;
        }
        int status = response.getStatus();
        String message = body != null && body.message() != null && !body.message().isBlank()
                ? body.message()
                : "ConnectWise answered HTTP " + status;
        String code = body == null ? null : body.code();
        var fieldErrors = body == null ? null : body.errors();
        if (status < 500 && status != 429) {
            return new ConnectWiseRejectedException(status, code, message, fieldErrors);
        }
        return new ConnectWiseException(status, code, message, fieldErrors,
                retryAfter(response.getHeaderString("Retry-After")));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static MediaType jsonOrNull(Response response) {
        MediaType type = response.getMediaType();
        return type == null ? MediaType.APPLICATION_JSON_TYPE
                : new MediaType("application", type.getSubtype().endsWith("json") ? "json" : type.getSubtype());
    }

    /**
     * @param header a {@code Retry-After} value: delay in seconds or an HTTP date; may be {@code null}
     * @return the delay, or {@code null} when absent or unreadable
     */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }
}
