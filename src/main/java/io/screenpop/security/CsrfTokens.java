package io.screenpop.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.logging.Logger;


/**
 * CSRF tokens bound to the session (OWASP CSRF cheat sheet, "signed double-submit cookie"). A page hands
 * the browser a random nonce as a {@code SameSite=Strict} cookie and the token
 * {@code <nonce>.<HMAC-SHA256(server key, nonce | session id)>} in {@code <meta name="csrf-token">}; the
 * page's script sends the token back in {@code X-CSRF-Token}, and {@link CsrfFilter} requires its nonce to
 * be the cookie's and its MAC to be the server's for the caller's session ({@link BrowserSession#sessionId}).
 * A cookie and header pair made up by a script, or a token of another session, fails: the MAC needs the
 * server key ({@code CSRF_KEY}, random per start when unset). With sign-in off there is no session and
 * the token is bound to the nonce alone.
 */
@ApplicationScoped
public class CsrfTokens {

    /** Cookie holding the nonce. */
    public static final String COOKIE = "screenpop_csrf";
    /** Header the page's script sends the token in. */
    public static final String HEADER = "X-CSRF-Token";

    private static final Logger LOG = Logger.getLogger(CsrfTokens.class);
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int MIN_KEY_LENGTH = 32;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final BrowserSession browserSession;

    /**
     * Reads {@code CSRF_KEY}.
     *
     * @throws IllegalStateException when the key is shorter than 32 characters
     */
    public CsrfTokens(CsrfConfig config, BrowserSession browserSession) {
        this.browserSession = browserSession;
        byte[] bytes;
        if (config.key().isPresent() && !config.key().get().isBlank()) {
            String configured = config.key().get().strip();
            if (configured.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException("CSRF_KEY must be at least " + MIN_KEY_LENGTH + " characters");
            }
            bytes = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            random.nextBytes(bytes);
            LOG.info("CSRF_KEY is not set: CSRF tokens use a random key for this start (set the same CSRF_KEY on every replica)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /**
     * @param cookieValue the nonce cookie the browser sent, or {@code null}
     * @return the token for the page: the cookie's nonce when well-formed (else a new random one, 256
     *         bits) and its MAC for the caller's session
     */
    public String tokenFor(String cookieValue) {
        String nonce = cookieValue != null && NONCE.matcher(cookieValue).matches() ? cookieValue : newNonce();
        return nonce + "." + mac(nonce, session());
    }

    /**
     * @param token  a token from {@link #tokenFor}
     * @param secure whether the page was served over HTTPS
     * @return the nonce cookie to set with the page
     */
    public NewCookie cookie(String token, boolean secure) {
        String nonce = token.substring(0, token.indexOf('.'));
        return new NewCookie.Builder(COOKIE).value(nonce).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /**
     * @param cookie the nonce cookie, may be {@code null}
     * @param header the header token, may be {@code null}
     * @return true when the header's nonce is the cookie's and its MAC is right for the caller's session
     *         (compared in constant time)
     */
    public boolean matches(String cookie, String header) {
        if (cookie == null || header == null || !NONCE.matcher(cookie).matches()) {
            return false;
        }
        int dot = header.indexOf('.');
        if (dot < 0) {
            return false;
        }
        byte[] expected = (cookie + "." + mac(cookie, session())).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
    }

    private String session() {
        return browserSession.sessionId().orElse("");
    }

    private String newNonce() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String mac(String nonce, String session) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            byte[] out = hmac.doFinal((nonce + "|" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
