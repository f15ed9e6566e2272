package io.screenpop.security;

import java.net.URI;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.screenpop.api.WriteAnswer;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Guards {@link CsrfProtected} writes. A caller with a valid API key or an OpenID Connect bearer access token
 * (a tool; browsers never send either by themselves) passes. A browser
 * must pass the OWASP Fetch-Metadata check ({@code Sec-Fetch-Site} same-origin or none when
 * sent), the {@code Origin} check (same host when sent), and the session-bound token check
 * ({@link CsrfTokens}: the {@code X-CSRF-Token} header must carry the nonce cookie and its HMAC for the
 * caller's session under the server key); otherwise 403 and nothing is written.
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);

    private final ApiKeys keys;
    private final CsrfTokens tokens;
    private final SecurityIdentity identity;

    /** CDI constructor. */
    public CsrfFilter(ApiKeys keys, CsrfTokens tokens, SecurityIdentity identity) {
        this.keys = keys;
        this.tokens = tokens;
        this.identity = identity;
    }

    /**
     * @param request the incoming write
     * @return 403, or {@code null} to let it through
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    @CsrfProtected
    public Response check(ContainerRequestContext request) {
        if (keys.accepts(ApiKeyFilter.presentedKey(request)) || bearer()) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return forbidden("cross-site request (Sec-Fetch-Site: " + site + ")");
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameHost(origin, request.getHeaderString("Host"))
                && !sameHost(origin, request.getHeaderString("X-Forwarded-Host"))) {
            return forbidden("foreign Origin");
        }
        Cookie cookie = request.getCookies().get(CsrfTokens.COOKIE);
        if (!tokens.matches(cookie == null ? null : cookie.getValue(), request.getHeaderString(CsrfTokens.HEADER))) {
            return forbidden("missing or wrong CSRF token");
        }
        return null;
    }

    /** @return whether the caller was signed in by a bearer access token rather than a browser session (ID token) */
    private boolean bearer() {
        return !identity.isAnonymous() && identity.getCredential(AccessTokenCredential.class) != null
                && identity.getCredential(IdTokenCredential.class) == null;
    }

    private static boolean sameHost(String origin, String host) {
        if ("null".equals(origin) || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            return originHost.equalsIgnoreCase(host) || uri.getHost().equalsIgnoreCase(host.replaceFirst(":\\d+$", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response forbidden(String why) {
        LOG.warnf("Write refused: %s", why);
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(WriteAnswer.failure("This form is out of date or came from another site. Reload the page and try again."))
                .build();
    }
}
