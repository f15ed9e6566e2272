package io.screenpop.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The accepted machine keys, compared in constant time: each key is held as its SHA-256 digest
 * and a presented key is digested and compared with {@link MessageDigest#isEqual} against every
 * key, so neither the content nor the length of a key nor which key matched leaks through timing.
 * Keys are never logged; a key is named by {@link #identify} (the first 8 hex digits of its digest).
 */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> digests;

    /** Reads {@code API_KEY} (comma-separated; blanks ignored). */
    public ApiKeys(ApiKeyConfig config) {
        this.digests = config.key().orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::sha256).toList();
    }

    /**
     * @param presented the key a caller sent, may be {@code null}
     * @return true when it equals one of the configured keys
     */
    public boolean accepts(String presented) {
        return identify(presented).isPresent();
    }

    /**
     * @param presented the key a caller sent, may be {@code null}
     * @return the matching key's identity (8 hex digits of its SHA-256, safe to log), or empty
     */
    public Optional<String> identify(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] digest = sha256(presented.strip());
        byte[] matched = null;
        for (byte[] key : digests) {
            if (MessageDigest.isEqual(key, digest)) {
                matched = key;
            }
        }
        return matched == null ? Optional.empty() : Optional.of(HexFormat.of().formatHex(matched, 0, 4));
    }

    /**
     * The API key a caller presented, from the first of these headers that is set: {@code x-api-key},
     * {@code Authorization: Bearer <key>} (unless the value is a JWT, which is an OpenID Connect access
     * token, see {@link #looksLikeJwt}) and {@code apikey} (3CX's header). Query strings are never read.
     *
     * @param header looks a request header up by name, answering {@code null} when absent
     * @return the presented key, or {@code null}
     */
    public static String presented(UnaryOperator<String> header) {
        String key = header.apply("x-api-key");
        if (key == null) {
            String token = bearer(header.apply("Authorization"));
            if (token != null && !looksLikeJwt(token)) {
                key = token;
            }
        }
        if (key == null) {
            key = header.apply("apikey");
        }
        return key;
    }

    /**
     * @param authorization an {@code Authorization} header value, may be {@code null}
     * @return the token of a {@code Bearer} credential (RFC 6750 section 2.1), or {@code null}
     */
    public static String bearer(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    /**
     * Tells an access token from an API key: a JWT in JWS compact form (RFC 7515 section 7.1) is three
     * base64url parts joined by dots whose first part decodes to a JSON object naming an {@code alg}.
     * API keys are opaque random strings and never take that shape.
     *
     * @param token a bearer token
     * @return true when it is shaped like a JWT
     */
    public static boolean looksLikeJwt(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).strip();
            return header.startsWith("{") && header.contains("\"alg\"");
        } catch (IllegalArgumentException notBase64Url) {
            return false;
        }
    }

    /** @return whether any key is configured */
    public boolean configured() {
        return !digests.isEmpty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
