package io.screenpop.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.connectwise.WriteRetry;

/**
 * {@code Idempotency-Key} for every {@link Idempotent} write, per the IETF draft "The
 * Idempotency-Key HTTP Header Field" (draft-ietf-httpapi-idempotency-key-header):
 * <ul>
 * <li>no key: the request is processed as usual (the header is optional for tools);</li>
 * <li>a new key: processed; the answer is stored for 24 hours ({@link IdempotencyStore});</li>
 * <li>the same key and the same request (method, path, query, content type and body): the stored
 * answer again, with {@code Idempotent-Replayed: true}, and nothing is written;</li>
 * <li>the same key and a different request: 422 (draft §2.7);</li>
 * <li>the same key while the first request is still being processed: 409 (draft §2.7);</li>
 * <li>the same key after a 5xx answer (the change may or may not have been made): processed again,
 * and {@link WriteRetry} tells the ConnectWise facade to look for the record before writing it.</li>
 * </ul>
 * The key is a Structured Field string ({@code "8e03978e-…"}, RFC 8941); a bare token is accepted
 * too. It runs after authentication and the CSRF check, so a refused request never uses up a key.
 */
public class IdempotencyFilter {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".key";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E&&[^\"\\\\]]{1,255}");
    private static final int MAX_STORED = 100_000;

    private final IdempotencyStore store;
    private final WriteRetry writeRetry;
    private final ObjectMapper json;

    /** CDI constructor. */
    public IdempotencyFilter(IdempotencyStore store, WriteRetry writeRetry, ObjectMapper json) {
        this.store = store;
        this.writeRetry = writeRetry;
        this.json = json;
    }

    /**
     * @param ctx the request
     * @return {@code null} to process it, or the stored answer, 409, 422 or 400 (malformed key)
     * @throws IOException when the body cannot be read
     */
    @Idempotent
    @ServerRequestFilter(priority = Priorities.USER + 500)
    public Response claim(ContainerRequestContext ctx) throws IOException {
        String header = ctx.getHeaderString(HEADER);
        if (header == null || !UNSAFE.contains(ctx.getMethod())) {
            return null;
        }
        String key = parse(header);
        if (key == null) {
            return answer(ctx, 400, "Idempotency-Key must be a string of 1 to 255 visible characters, e.g. \"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
        }
        IdempotencyStore.Claim claim = store.claim(key, fingerprint(ctx));
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            LOG.debugf("Idempotency-Key %s: answer replayed", key);
            return Response.status(replay.status()).type(replay.contentType()).entity(replay.body())
                    .header(REPLAYED, "true").build();
        }
        if (claim instanceof IdempotencyStore.Claim.Mismatch) {
            return answer(ctx, 422, "This Idempotency-Key was already used for a different request. Send a new key for a new action.");
        }
        if (claim instanceof IdempotencyStore.Claim.InFlight) {
            Response conflict = answer(ctx, 409, "A request with this Idempotency-Key is still being processed. Wait for its answer, then try again.");
            return Response.fromResponse(conflict).header("Retry-After", "1").build();
        }
        if (((IdempotencyStore.Claim.Process) claim).afterUnknown()) {
            writeRetry.markAfterUnknownOutcome();
        }
        ctx.setProperty(CLAIMED, key);
        return null;
    }

    /**
     * Stores the answer of a request that claimed a key.
     *
     * @param request  the request
     * @param response its answer
     */
    @Idempotent
    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        Object claimed = request.getProperty(CLAIMED);
        if (!(claimed instanceof String key)) {
            return;
        }
        try {
            String body = serialise(response.getEntity());
            if (body.length() > MAX_STORED || response.getStatus() == 409 || response.getStatus() == 429) {
                store.release(key);
                return;
            }
            MediaType type = response.getMediaType();
            store.complete(key, response.getStatus(), type == null ? MediaType.APPLICATION_JSON : type.toString(), body);
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("Idempotency-Key %s: answer not stored (%s); the key is released", key, e.getMessage());
            store.release(key);
        }
    }

    private String serialise(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return "";
        }
        return entity instanceof String s ? s : json.writeValueAsString(entity);
    }

    /** @return the key of an sf-string or bare token, or {@code null} when malformed */
    static String parse(String header) {
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return KEY.matcher(value).matches() ? value : null;
    }

    /** SHA-256 of method, path, query, content type and body; the body is put back for the endpoint. */
    private static String fingerprint(ContainerRequestContext ctx) throws IOException {
        byte[] body = new byte[0];
        if (ctx.hasEntity()) {
            InputStream in = ctx.getEntityStream();
            body = in == null ? body : in.readAllBytes();
            ctx.setEntityStream(new ByteArrayInputStream(body));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String head = ctx.getMethod() + ' ' + ctx.getUriInfo().getRequestUri().getRawPath() + '?'
                    + nullToEmpty(ctx.getUriInfo().getRequestUri().getRawQuery()) + '\n'
                    + nullToEmpty(ctx.getHeaderString("Content-Type")) + '\n';
            sha.update(head.getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An error in the answer shape of the endpoint: {@code error}/{@code message} for the 3CX API, else a write answer. */
    private static Response answer(ContainerRequestContext ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (ctx.getUriInfo().getPath().startsWith("/api/3cx")) {
            body.put("error", status == 409 ? "Request in progress" : status == 422 ? "Idempotency-Key reused" : "Invalid Idempotency-Key");
        } else {
            body.put("success", false);
        }
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
