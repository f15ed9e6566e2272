package io.screenpop.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
