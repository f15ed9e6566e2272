package io.screenpop.callbacks;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;

import java.io.IOException;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.screenpop.audit.NotAudited;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code POST /connectwise/callbacks}: where ConnectWise announces changes to contacts and companies. Before anything
 * else the request must carry a valid {@code x-content-signature} ({@link CallbackSignature}) under the signing key
 * served at its {@code Metadata.key_url}, which must be a ConnectWise host ({@link KeyUrlPolicy}). Refused: 401 (no
 * or wrong signature, a key URL anywhere else), 400 (not a callback payload); the refusal is logged with the reason
 * and the client address, never the payload. Accepted callbacks are queued ({@link CallbackQueue}) and answered
 * 202 at once; a full queue or a signing key that cannot be fetched now answers 429, which ConnectWise retries.
 * <p>
 * Metrics: {@code screenpop_callbacks_received_total}, {@code screenpop_callbacks_rejected_total{reason}}.
 * Not in the audit trail: a callback is ConnectWise telling of a change, not anyone's write (a busy PSA sends
 * hundreds a minute); the metrics and the Sync page account for them.
 */
@NotAudited
@Tag(name = "ConnectWise")
@Path("/connectwise/callbacks")
public class CallbackResource {

    private static final Logger LOG = Logger.getLogger(CallbackResource.class);

    private final KeyUrlPolicy policy;
    private final SigningKeys keys;
    private final CallbackQueue queue;
    private final CallbackStatus status;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;

    /** CDI constructor. */
    public CallbackResource(KeyUrlPolicy policy, SigningKeys keys, CallbackQueue queue, CallbackStatus status,
            ObjectMapper mapper, MeterRegistry registry) {
        this.policy = policy;
        this.keys = keys;
        this.queue = queue;
        this.status = status;
        this.mapper = mapper;
        this.registry = registry;
    }

    /**
     * @param body      the raw body, exactly as signed
     * @param signature the {@code x-content-signature} header
     * @param request   the HTTP request, for the client address in refusal logs
     * @return 202 {@code {"status":"queued"}}, or 400, 401 or 429 with {@code {"error": …}}
     */
    @Operation(summary = "Receive a ConnectWise callback (signed with x-content-signature)")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "queued", value = "{\"status\":\"queued\"}")))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature, or a key URL that is not ConnectWise's",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "refused", value = "{\"error\":\"the signature does not match the body\"}")))
    @APIResponse(responseCode = "429", description = "Busy or signing key unavailable: deliver again",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "busy", value = "{\"error\":\"busy; deliver again\"}")))
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(byte[] body, @HeaderParam(CallbackSignature.HEADER) String signature,
            HttpServerRequest request) {
        registry.counter("screenpop.callbacks.received").increment();
        if (signature == null || signature.isBlank()) {
            return refuse(401, "missing_signature", "no x-content-signature header", request);
        }
        CallbackPayload payload;
        try {
            payload = mapper.readValue(body, CallbackPayload.class);
        } catch (IOException | RuntimeException e) {
            return refuse(400, "unreadable", "the body is not a callback payload", request);
        }
        String keyUrl = payload.keyUrl();
        if (!policy.allows(keyUrl)) {
            return refuse(401, "key_url", "Metadata.key_url is not on a ConnectWise host", request);
        }
        String key;
        try {
            key = keys.key(keyUrl);
        } catch (SigningKeys.SigningKeyUnavailableException e) {
            LOG.warnf("Callback deferred: the signing key could not be fetched (%s); ConnectWise will deliver again",
                    e.getMessage());
            return answer(429, Map.of("error", "signing key unavailable; deliver again"));
        }
        if (!CallbackSignature.verify(body, signature, key)) {
            keys.forget(keyUrl);
            return refuse(401, "signature", "the signature does not match the body", request);
        }
        status.received();
        if (!queue.offer(payload)) {
            LOG.warn("Callback deferred: the queue is full; ConnectWise will deliver again");
            return answer(429, Map.of("error", "busy; deliver again"));
        }
        return answer(202, Map.of("status", "queued"));
    }

    private Response refuse(int code, String reason, String why, HttpServerRequest request) {
        registry.counter("screenpop.callbacks.rejected", "reason", reason).increment();
        LOG.warnf("Callback refused (%d): %s; from %s", code, why,
                request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress());
        return answer(code, Map.of("error", why));
    }

    private static Response answer(int code, Map<String, String> body) {
        return Response.status(code).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
