package io.screenpop.callbacks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code x-content-signature} of a ConnectWise callback: Base64(HMAC-SHA256(key = SHA-256(signing key), raw
 * request body)), the signing key being the {@code signing_key} served at the payload's {@code Metadata.key_url}
 * (ConnectWise's callback documentation, as collected in {@code shared/connectwise.md}).
 */
public final class CallbackSignature {

    /** The request header that carries the signature. */
    public static final String HEADER = "x-content-signature";

    private CallbackSignature() {
    }

    /**
     * @param body       the raw request body
     * @param signingKey the signing key as served at the key URL
     * @return the Base64 signature ConnectWise would send with that body
     */
    public static String sign(byte[] body, String signingKey) {
        return Base64.getEncoder().encodeToString(hmac(body, signingKey));
    }

    /**
     * Compares in constant time.
     *
     * @param body       the raw request body
     * @param signature  the {@code x-content-signature} header, may be {@code null}
     * @param signingKey the signing key
     * @return true when the signature is that of the body under the key
     */
    public static boolean verify(byte[] body, String signature, String signingKey) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(presented, hmac(body, signingKey));
    }

    private static byte[] hmac(byte[] body, String signingKey) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(signingKey.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
