package io.screenpop.signin;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Sign-in settings. The OpenID Connect provider itself is configured with the standard Quarkus settings
 * ({@code QUARKUS_OIDC_AUTH_SERVER_URL}, {@code QUARKUS_OIDC_CLIENT_ID}, {@code QUARKUS_OIDC_CREDENTIALS_SECRET},
 * {@code QUARKUS_OIDC_PROVIDER}); the roles claim with {@code ROLES_CLAIM}, which sets
 * {@code quarkus.oidc.roles.role-claim-path}.
 */
@ConfigMapping(prefix = "signin")
public interface SignInConfig {

    /**
     * {@code SCREENPOP_AUTH}: {@code oidc} or {@code none} (see {@link AuthMode#parse}); unset means {@code oidc}.
     * Read as text so a wrong value stops start-up with one clear line instead of a conversion error.
     */
    @WithName("mode")
    Optional<String> mode();

    /** {@code ADMIN_ROLE}: the role (group, app role) that makes a signed-in user an admin. */
    @WithName("admin-role")
    @WithDefault("screenpop-admin")
    String adminRole();

    /** {@code AGENT_ROLE}: when set, only users with this role (or the admin role) may use the service. */
    @WithName("agent-role")
    Optional<String> agentRole();

    /**
     * {@code SCREENPOP_FRAME_ANCESTORS}: origins allowed to embed the pages in an iframe (CSP
     * {@code frame-ancestors}, W3C CSP Level 2), separated by spaces or commas; none by default.
     */
    @WithName("frame-ancestors")
    Optional<List<String>> frameAncestors();

    /** @return the parsed mode, {@link AuthMode#OIDC} when unset; empty for a value that is neither */
    default Optional<AuthMode> authMode() {
        return AuthMode.parse(mode().orElse(null));
    }
}
