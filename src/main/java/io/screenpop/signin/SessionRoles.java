package io.screenpop.signin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.screenpop.security.ApiKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Roles of a browser session from both of its tokens. quarkus-oidc reads a code-flow session's roles from the ID
 * token only, but providers put them in different tokens: Entra ID's app roles ({@code roles}) are in the ID token,
 * Keycloak's realm roles ({@code realm_access/roles}) only in the access token. This adds the roles found at the
 * same claim paths ({@code ROLES_CLAIM}, i.e. {@code quarkus.oidc.roles.role-claim-path}) in the session's access
 * token when it is a JWT. That token came straight from the provider's token endpoint to this service (OpenID
 * Connect Core 1.0 section 3.1.3.8), so its claims are read without verifying it again. Bearer callers keep the
 * roles of the access token they sent, which quarkus-oidc has verified.
 */
@ApplicationScoped
public class SessionRoles implements SecurityIdentityAugmentor {

    private final List<String> claimPaths;

    /** @param claimPaths the roles claim paths, e.g. {@code groups}, {@code realm_access/roles}, {@code roles} */
    SessionRoles(@ConfigProperty(name = "quarkus.oidc.roles.role-claim-path") List<String> claimPaths) {
        this.claimPaths = claimPaths;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access == null || access.getToken() == null || !ApiKeys.looksLikeJwt(access.getToken())) {
            return Uni.createFrom().item(identity);
        }
        Set<String> extra = rolesIn(OidcUtils.decodeJwtContent(access.getToken()), claimPaths);
        extra.removeAll(identity.getRoles());
        if (extra.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(extra).build());
    }

    /**
     * @param claims the token's claims, may be {@code null}
     * @param paths  claim paths, segments separated by {@code /}
     * @return the strings found at those paths (arrays of strings or one space-separated string)
     */
    static Set<String> rolesIn(JsonObject claims, List<String> paths) {
        Set<String> roles = new LinkedHashSet<>();
        if (claims == null) {
            return roles;
        }
        for (String path : paths) {
            Object node = claims;
            for (String segment : path.strip().replace("\"", "").split("/")) {
                node = node instanceof JsonObject o ? o.getValue(segment) : null;
            }
            if (node instanceof JsonArray array) {
                array.forEach(v -> {
                    if (v instanceof String s) {
                        roles.add(s);
                    }
                });
            } else if (node instanceof String s) {
                for (String role : s.split(" ")) {
                    if (!role.isBlank()) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
