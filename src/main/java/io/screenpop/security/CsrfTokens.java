package io.screenpop.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/**
 * Double-submit tokens against cross-site request forgery (OWASP CSRF cheat sheet): a page hands
 * the browser a random token both as a {@code SameSite=Strict} cookie and in a
 * {@code <meta name="csrf-token">} tag; the page's script sends it back in {@code X-CSRF-Token},
 * and {@link CsrfFilter} requires the two to be equal.
 */
@ApplicationScoped
public class CsrfTokens {

    /** Cookie holding the token. */
    public static final String COOKIE = "screenpop_csrf";
    /** Header the page's script sends the token in. */
    public static final String HEADER = "X-CSRF-Token";

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();

    /**
     * @param cookieValue the token cookie the browser sent, or {@code null}
     * @return that token when well-formed, otherwise a new random one (256 bits, base64url)
     */
    public String tokenFor(String cookieValue) {
        if (cookieValue != null && SHAPE.matcher(cookieValue).matches()) {
            return cookieValue;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param token  the token
     * @param secure whether the page was served over HTTPS
     * @return the cookie to set with the page
     */
    public NewCookie cookie(String token, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /**
     * @param cookie the cookie token, may be {@code null}
     * @param header the header token, may be {@code null}
     * @return true when both are present, well-formed and equal (compared in constant time)
     */
    public boolean matches(String cookie, String header) {
        if (cookie == null || header == null || !SHAPE.matcher(cookie).matches()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }
}
