package io.screenpop.signin;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.screenpop.security.ApiKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The one HTTP authentication mechanism of the service, in front of quarkus-oidc's:
 * <ul>
 * <li>machine endpoints ({@code /api/lookup}, {@code /api/3cx/*}) and the sandbox's ConnectWise API are left to
 * their own key checks ({@code ApiKeyFilter}, {@code SandboxAuthFilter}): no session or bearer token counts there;</li>
 * <li>an API key in a header ({@link ApiKeys#presented}) makes the caller a tool ({@link #API_KEY_ROLE});
 * a wrong key is refused (401), never passed on to the identity provider;</li>
 * <li>everything else goes to quarkus-oidc: a bearer access token (a JWT) or the code-flow session cookie.</li>
 * </ul>
 * Challenges: JSON paths ({@code /api}, {@code /sync}) answer 401 {@code {"error":"Unauthorized",…}} with
 * {@code WWW-Authenticate: Bearer} (RFC 6750 section 3), never a redirect, also when a token or session is
 * invalid or expired; pages are redirected to the provider's sign-in (authorization-code flow) and come back to
 * the exact URL asked for.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** Role of a caller identified by an API key. */
    public static final String API_KEY_ROLE = "screenpop-api-key";
    /** Principal name prefix of API-key callers: {@code api-key:<8 hex digits of the key's digest>}. */
    public static final String API_KEY_PRINCIPAL = "api-key:";

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String CONTEXT_KEY = HttpAuthenticationMechanism.class.getName();
    private static final String UNAUTHORIZED_JSON = "{\"error\":\"Unauthorized\",\"message\":"
            + "\"Sign in, or send an API key (x-api-key) or an OpenID Connect access token (Authorization: Bearer).\"}";

    private final OidcAuthenticationMechanism oidc;
    private final ApiKeys keys;

    /** CDI constructor. */
    SignInMechanism(OidcAuthenticationMechanism oidc, ApiKeys keys) {
        this.oidc = oidc;
        this.keys = keys;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String path = context.normalizedPath();
        if (Paths.ownKeyCheck(path)) {
            return Uni.createFrom().item(anonymous());
        }
        String key = ApiKeys.presented(context.request()::getHeader);
        if (key != null) {
            context.put(CONTEXT_KEY, this);
            Optional<String> id = keys.identify(key);
            return id.isPresent() ? Uni.createFrom().item(apiKeyIdentity(id.get()))
                    : Uni.createFrom().failure(new AuthenticationFailedException("wrong API key"));
        }
        // quarkus-oidc registers itself as the mechanism that answers the challenge; take that back so that
        // JSON paths never get its redirect
        return oidc.authenticate(context, identityProviderManager)
                .onItemOrFailure().invoke((identity, failure) -> context.put(CONTEXT_KEY, this))
                .onItem().ifNull().continueWith(SignInMechanism::anonymous);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (Paths.json(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE, "Bearer"));
        }
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (Paths.json(context.normalizedPath()) || context.get(CONTEXT_KEY) == this && hasApiKey(context)) {
            context.response().setStatusCode(401)
                    .putHeader(WWW_AUTHENTICATE, "Bearer")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(UNAUTHORIZED_JSON);
            return Uni.createFrom().item(true);
        }
        return oidc.sendChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }

    private static boolean hasApiKey(RoutingContext context) {
        return ApiKeys.presented(context.request()::getHeader) != null;
    }

    private static SecurityIdentity apiKeyIdentity(String keyId) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(API_KEY_PRINCIPAL + keyId))
                .addRole(API_KEY_ROLE).build();
    }

    private static SecurityIdentity anonymous() {
        return QuarkusSecurityIdentity.builder().setAnonymous(true).build();
    }
}
