package io.screenpop.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.screenpop.connectwise.ConnectWiseException;
import io.screenpop.connectwise.ConnectWiseRejectedException;
import io.screenpop.connectwise.model.ErrorBody;

/**
 * Turns failures into the JSON API's answer shape ({@link WriteAnswer}):
 * <ul>
 * <li>bean validation → 400 with {@code errors} naming each form field (snake_case) → a sentence naming it
 * by its label, and a message listing every error in the form's order;</li>
 * <li>{@link InvalidInputException} → 400 with its field;</li>
 * <li>ConnectWise refusing the request → its own 4xx (401/403 become 502: our credentials, not the
 * agent's input) with ConnectWise's message and field errors;</li>
 * <li>ConnectWise failing, timing out or being cut off by the circuit breaker → 502/503/504.</li>
 * </ul>
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

    /** @return ConnectWise's refusal with its message */
    @ServerExceptionMapper
    public Response rejected(ConnectWiseRejectedException e) {
        int status = e.status() == 401 || e.status() == 403 ? 502 : e.status();
        LOG.warnf("ConnectWise refused the request: HTTP %d %s %s", e.status(), e.code(), e.getMessage());
        Map<String, String> errors = new LinkedHashMap<>();
        for (ErrorBody.FieldError f : e.fieldErrors()) {
            if (f.field() != null) {
                errors.putIfAbsent(FieldNames.snake(f.field()), f.message());
            }
        }
        String message = status == 502 ? "ConnectWise refused this service's credentials: " + e.getMessage()
                : "ConnectWise refused the change: " + e.getMessage();
        return json(status, new WriteAnswer(false, message, null, null, errors.isEmpty() ? null : errors, null, null, null));
    }

    /** @return 502 (or 503 when throttled) with ConnectWise's message */
    @ServerExceptionMapper
    public Response failed(ConnectWiseException e) {
        LOG.warnf("ConnectWise failed: HTTP %d %s", e.status(), e.getMessage());
        int status = e.isThrottled() ? 503 : 502;
        return json(status, WriteAnswer.failure("ConnectWise is not answering properly (HTTP " + e.status() + "): "
                + e.getMessage() + ". Nothing was changed; try again in a moment."));
    }

    /** @return 503 while the circuit breaker holds ConnectWise calls back */
    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e) {
        return json(503, WriteAnswer.failure("ConnectWise has been failing; calls are paused for a few seconds. Try again shortly."));
    }

    /** @return 504 when ConnectWise took too long */
    @ServerExceptionMapper
    public Response timeout(TimeoutException e) {
        return json(504, WriteAnswer.failure("ConnectWise did not answer in time. Try again shortly."));
    }

    /** @return 502 when ConnectWise cannot be reached */
    @ServerExceptionMapper
    public Response unreachable(jakarta.ws.rs.ProcessingException e) {
        LOG.warnf("ConnectWise unreachable: %s", e.getMessage());
        return json(502, WriteAnswer.failure("ConnectWise cannot be reached. Nothing was changed; try again shortly."));
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
