package io.screenpop.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.screenpop.security.BrowserSession;

/**
 * Who is behind the current request, for pages ({@code {inject:currentAgent.…}} in Qute) and for writes.
 * <ul>
 * <li>With sign-in off ({@code SCREENPOP_AUTH=none}) nobody is signed in and everyone may do everything.</li>
 * <li>With {@code oidc} the caller is a signed-in user (a code-flow session in a browser, or a bearer access
 * token from a tool), or a tool with an API key ({@link #apiKey()}), which may do what an admin may, as before
 * sign-in existed; pages and {@code /api} refuse anybody else before this bean is asked.</li>
 * </ul>
 * Claims are read from the ID token of a session, or the access token of a bearer caller.
 */
@Named("currentAgent")
@RequestScoped
public class CurrentAgent implements BrowserSession {

    private final SecurityIdentity identity;
    private final SignInConfig config;

    /** CDI constructor. */
    CurrentAgent(SecurityIdentity identity, SignInConfig config) {
        this.identity = identity;
        this.config = config;
    }

    /** @return the signed-in user's display name ({@code name} claim, else their e-mail or user name), or empty */
    public Optional<String> name() {
        Optional<JsonWebToken> token = token();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return claim(token.get(), "name").or(this::email).or(() -> claim(token.get(), "preferred_username"))
                .or(() -> Optional.ofNullable(identity.getPrincipal().getName()).filter(n -> !n.isBlank()));
    }

    /** @return the signed-in user's name for pages, or {@code null} when nobody is signed in */
    public String displayName() {
        return name().orElse(null);
    }

    /**
     * @return how records name the signed-in user (the audit trail's actor, a recent call's agent): their e-mail in
     *         lower case, else their display name; empty when nobody is signed in
     */
    public Optional<String> who() {
        return email().map(e -> e.toLowerCase(java.util.Locale.ROOT)).or(this::name);
    }

    /**
     * The signed-in user's e-mail address, for matching a ConnectWise member ({@code primaryEmail} or
     * {@code officeEmail}): the first of the {@code email} claim (OpenID Connect Core 1.0 section 5.1),
     * Entra ID's {@code upn} and {@code preferred_username} that holds an address (contains {@code @}).
     *
     * @return the address as the provider wrote it, or empty (sign-in off, an API key, or no such claim)
     */
    public Optional<String> email() {
        return token().flatMap(t -> claim(t, "email").or(() -> claim(t, "upn")).or(() -> claim(t, "preferred_username"))
                .filter(v -> v.contains("@")));
    }

    /**
     * @return whether the caller may use admin pages and actions: always with sign-in off; an API key; or a
     *         signed-in user holding {@code ADMIN_ROLE}
     */
    public boolean admin() {
        return signInOff() || apiKey().isPresent() || signedIn() && identity.hasRole(config.adminRole());
    }

    /**
     * @return whether a signed-in user may use the service at all: with no {@code AGENT_ROLE} every signed-in user
     *         is an agent; with one, they need it or {@code ADMIN_ROLE}. True for everybody else (sign-in off,
     *         API keys).
     */
    public boolean agent() {
        if (!signedIn()) {
            return true;
        }
        Optional<String> role = config.agentRole().filter(r -> !r.isBlank());
        return role.isEmpty() || identity.hasRole(role.get()) || identity.hasRole(config.adminRole());
    }

    /** @return whether sign-in is off, so pages show the "Sign-in is off" badge */
    public boolean signInOff() {
        return config.authMode().orElse(AuthMode.OIDC) == AuthMode.NONE;
    }

    /** @return whether a user is signed in (a session or a bearer token), not a tool with a key and not nobody */
    public boolean signedIn() {
        return !signInOff() && !identity.isAnonymous() && apiKey().isEmpty();
    }

    /** @return whether the signed-in user came with a browser session (code flow), so writes need the CSRF token */
    public boolean session() {
        return signedIn() && identity.getCredential(IdTokenCredential.class) != null;
    }

    /** @return whether the caller sent an OpenID Connect bearer access token (a tool acting as a user; no CSRF) */
    public boolean bearer() {
        return signedIn() && identity.getCredential(IdTokenCredential.class) == null;
    }

    /** @return the identity of the caller's API key (8 hex digits of its SHA-256, safe to log), or empty */
    public Optional<String> apiKey() {
        String name = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return name != null && identity.hasRole(SignInMechanism.API_KEY_ROLE) && name.startsWith(SignInMechanism.API_KEY_PRINCIPAL)
                ? Optional.of(name.substring(SignInMechanism.API_KEY_PRINCIPAL.length())) : Optional.empty();
    }

    /**
     * @return a stable identifier of the signed-in user across sessions and tokens: {@code iss} and {@code sub}
     *         (OpenID Connect Core 1.0 section 2: unique and never reassigned together), as
     *         {@code <iss>|<sub>}; empty when nobody is signed in
     */
    public Optional<String> userId() {
        return token().filter(t -> t.getSubject() != null).map(t -> t.getIssuer() + "|" + t.getSubject());
    }

    /**
     * A stable, secret identifier of the browser session, to bind the CSRF token to it (an HMAC of this value under
     * a server key). It is the SHA-256 (hex) of the issuer, the subject and the session claim of the ID token:
     * {@code sid} (OpenID Connect Front-Channel Logout 1.0; Keycloak and Entra ID send it), else {@code auth_time},
     * else {@code iat}. It stays the same for every request of one sign-in and changes with the next sign-in; the
     * ID token itself never reaches a page, so a script on another site cannot compute it.
     *
     * @return the identifier, or empty without a browser session (sign-in off, API keys, bearer tokens)
     */
    @Override
    public Optional<String> sessionId() {
        if (!session()) {
            return Optional.empty();
        }
        JsonWebToken idToken = token().orElseThrow();
        String session = claim(idToken, "sid").orElseGet(() -> idToken.claim("auth_time").map(Object::toString)
                .orElseGet(() -> Long.toString(idToken.getIssuedAtTime())));
        return Optional.of(sha256(idToken.getIssuer() + "|" + idToken.getSubject() + "|" + session));
    }

    /** @return the caller's roles as the identity provider granted them (empty for nobody and API keys) */
    public Set<String> roles() {
        return signedIn() ? identity.getRoles() : Set.of();
    }

    private Optional<JsonWebToken> token() {
        if (!signedIn() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return Optional.of(jwt);
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        return Optional.of(text.strip()).filter(v -> !v.isEmpty());
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
