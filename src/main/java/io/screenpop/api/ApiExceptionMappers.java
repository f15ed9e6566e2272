package io.screenpop.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.screenpop.connectwise.ConnectWiseException;
import io.screenpop.connectwise.ConnectWiseFailure;
import io.screenpop.connectwise.ConnectWiseRejectedException;
import io.screenpop.connectwise.OutcomeUnknownException;
import io.screenpop.connectwise.model.ErrorBody;

/**
 * Turns failures into the API's answer shapes:
 * <ul>
 * <li>bean validation → 400 with {@code errors} naming each form field (snake_case) → a sentence naming it
 * by its label, and a message listing every error in the form's order;</li>
 * <li>{@link InvalidInputException} → 400 with its field;</li>
 * <li>every ConnectWise failure → the status and wording of {@link ConnectWiseFailure}, the one
 * mapping, with ConnectWise's field errors when it refused the input; a write whose outcome is
 * unknown adds {@code "outcome":"unknown"}.</li>
 * </ul>
 * Write answers keep {@link WriteAnswer}'s {@code success}/{@code message}/{@code errors}; the
 * machine lookup API ({@code /api/lookup}, {@code /api/3cx}) keeps {@link ApiError}'s
 * {@code error}/{@code message}.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    /** @return 400 naming each invalid field by its label, every error in the form's order ({@link FormErrors}) */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        Map<String, String> errors = FormErrors.of(e.getConstraintViolations());
        return json(400, WriteAnswer.invalid(FormErrors.summary(errors), errors));
    }

    /** @return 400 naming the field by its label */
    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach((field, reason) -> errors.put(field, FieldLabels.sentence(field, reason)));
        String message = errors.size() == 1 ? errors.values().iterator().next() : FormErrors.summary(errors);
        return json(400, WriteAnswer.invalid(message.endsWith(".") ? message : message + ".", errors));
    }

    /** @return what was created before a multi-step write stopped */
    @ServerExceptionMapper
    public Response partial(PartialWriteException e) {
        LOG.warnf(e.getCause(), "Write stopped halfway: %s", e.getMessage());
        return json(e.status(), e.answer());
    }

    /** @return ConnectWise's refusal with its message and field errors */
    @ServerExceptionMapper
    public Response rejected(ConnectWiseRejectedException e, UriInfo uri) {
        LOG.warnf("ConnectWise refused the request: HTTP %d %s %s", e.status(), e.code(), e.getMessage());
        return connectWise(e, uri);
    }

    /** @return 502, or 503 when throttled, with ConnectWise's message */
    @ServerExceptionMapper
    public Response failed(ConnectWiseException e, UriInfo uri) {
        LOG.warnf("ConnectWise failed: HTTP %d %s", e.status(), e.getMessage());
        return connectWise(e, uri);
    }

    /** @return 502 {@code "outcome":"unknown"}: the write may or may not have been made */
    @ServerExceptionMapper
    public Response unknown(OutcomeUnknownException e, UriInfo uri) {
        LOG.warnf("Outcome unknown: %s", e.getMessage());
        return connectWise(e, uri);
    }

    /** @return 503 while the circuit breaker holds ConnectWise calls back */
    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e, UriInfo uri) {
        return connectWise(e, uri);
    }

    /** @return 504 when ConnectWise took too long */
    @ServerExceptionMapper
    public Response timeout(TimeoutException e, UriInfo uri) {
        return connectWise(e, uri);
    }

    /** @return 502 when ConnectWise cannot be reached */
    @ServerExceptionMapper
    public Response unreachable(jakarta.ws.rs.ProcessingException e, UriInfo uri) {
        LOG.warnf("ConnectWise unreachable: %s", e.getMessage());
        return connectWise(e, uri);
    }

    private static Response connectWise(Throwable e, UriInfo uri) {
        ConnectWiseFailure failure = ConnectWiseFailure.of(e);
        Map<String, String> errors = fieldErrors(e);
        if (isLookupApi(uri)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", title(failure));
            body.put("message", failure.message());
            if (errors != null) {
                body.put("errors", errors);
            }
            if (failure.outcomeUnknown()) {
                body.put("outcome", "unknown");
            }
            return json(failure.status(), body);
        }
        if (failure.outcomeUnknown()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", false);
            body.put("message", failure.message());
            body.put("outcome", "unknown");
            return json(failure.status(), body);
        }
        return json(failure.status(), new WriteAnswer(false, failure.message(), null, null, errors, null, null, null));
    }

    private static Map<String, String> fieldErrors(Throwable e) {
        if (!(e instanceof ConnectWiseRejectedException r)) {
            return null;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (ErrorBody.FieldError f : r.fieldErrors()) {
            if (f.field() != null) {
                errors.putIfAbsent(FieldNames.snake(f.field()), f.message());
            }
        }
        return errors.isEmpty() ? null : errors;
    }

    /** A short, stable {@code error} for the lookup API's shape. */
    private static String title(ConnectWiseFailure failure) {
        if (failure.outcomeUnknown()) {
            return "ConnectWise outcome unknown";
        }
        return switch (failure.status()) {
            case 503 -> "ConnectWise unavailable";
            case 504 -> "ConnectWise timed out";
            case 502 -> "ConnectWise failed";
            default -> "ConnectWise refused the request";
        };
    }

    private static boolean isLookupApi(UriInfo uri) {
        String path = uri == null ? "" : uri.getPath();
        return path.startsWith("/api/lookup") || path.startsWith("/api/3cx");
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
