package io.screenpop.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.screenpop.connectwise.ConnectWiseConfig;
import io.screenpop.security.ApiKeyConfig;
import io.screenpop.signin.AuthMode;
import io.screenpop.signin.SignInConfig;

/**
 * Stops start-up with one clear line when the configuration cannot work: in every profile when
 * {@code API_RATE_LIMIT_PER_MINUTE} is not positive, when {@code SCREENPOP_AUTH} is neither {@code oidc} nor
 * {@code none}, when {@code oidc} (the prod default) has no identity provider ({@code QUARKUS_OIDC_AUTH_SERVER_URL}
 * or {@code QUARKUS_OIDC_PROVIDER}) or no {@code QUARKUS_OIDC_CLIENT_ID}, or when {@code SCREENPOP_FRAME_ANCESTORS}
 * holds something that is not a CSP source; with {@code none} it logs a WARN that sign-in is off. In the prod
 * profile without the sandbox, it names
 * each missing ConnectWise variable ({@code CW_BASE_URL}, {@code CW_COMPANY_ID},
 * {@code CW_PUBLIC_API_KEY}, {@code CW_PRIVATE_API_KEY}, {@code CW_CLIENT_ID}); secrets are never printed.
 */
@ApplicationScoped
public class RequiredConfigCheck {

    private static final Logger LOG = Logger.getLogger(RequiredConfigCheck.class);

    private static final Pattern CSP_SOURCE = Pattern.compile("'self'|'none'|(https?://)?(\\*\\.)?[A-Za-z0-9.-]+(:(\\d{1,5}|\\*))?");

    void check(@Observes @Priority(1) StartupEvent event, ConnectWiseConfig cw, ApiKeyConfig api, SignInConfig signIn,
            @ConfigProperty(name = "sandbox.enabled", defaultValue = "false") boolean sandbox,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
            @ConfigProperty(name = "quarkus.oidc.provider") Optional<String> provider,
            @ConfigProperty(name = "quarkus.oidc.client-id") Optional<String> clientId) {
        Optional<String> problem = rateLimitProblem(api.rateLimitPerMinute())
                .or(() -> signInProblem(signIn.mode().orElse(null), authServerUrl, provider, clientId))
                .or(() -> frameAncestorsProblem(signIn.frameAncestors().orElse(List.of())));
        if (problem.isPresent()) {
            LOG.errorf("Cannot start: %s", problem.get());
            Quarkus.asyncExit(1);
            return;
        }
        if (signIn.authMode().orElseThrow() == AuthMode.NONE) {
            LOG.warn("Sign-in is off (SCREENPOP_AUTH=none): anyone who can reach this service reads the customer"
                    + " directory and writes to ConnectWise; use it only on a network you trust");
        }
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (sandbox) {
            LOG.warn("The built-in ConnectWise sandbox is enabled (SANDBOX_ENABLED=true): demo data, not a real ConnectWise");
            return;
        }
        List<String> missing = missing(cw);
        if (!missing.isEmpty()) {
            LOG.errorf("Cannot start: missing required configuration %s (set the environment variable%s or add to .env)",
                    String.join(", ", missing), missing.size() > 1 ? "s" : "");
            Quarkus.asyncExit(1);
        }
    }

    /**
     * @param perMinute {@code API_RATE_LIMIT_PER_MINUTE}
     * @return why the value cannot be used, or empty when it is a positive number of requests a minute
     */
    static Optional<String> rateLimitProblem(int perMinute) {
        return perMinute > 0 ? Optional.empty()
                : Optional.of("API_RATE_LIMIT_PER_MINUTE must be a positive number of requests a minute per key, got " + perMinute);
    }

    /**
     * @param mode          {@code SCREENPOP_AUTH} as set, may be {@code null} (means {@code oidc})
     * @param authServerUrl {@code QUARKUS_OIDC_AUTH_SERVER_URL}
     * @param provider      {@code QUARKUS_OIDC_PROVIDER} (a quarkus-oidc preset that brings its own server URL)
     * @param clientId      {@code QUARKUS_OIDC_CLIENT_ID}
     * @return why sign-in cannot work, or empty
     */
    static Optional<String> signInProblem(String mode, Optional<String> authServerUrl, Optional<String> provider,
            Optional<String> clientId) {
        Optional<AuthMode> parsed = AuthMode.parse(mode);
        if (parsed.isEmpty()) {
            return Optional.of("SCREENPOP_AUTH must be oidc or none, got '" + mode.strip() + "'");
        }
        if (parsed.get() == AuthMode.NONE) {
            return Optional.empty();
        }
        boolean server = authServerUrl.filter(v -> !v.isBlank()).isPresent() || provider.filter(v -> !v.isBlank()).isPresent();
        boolean client = clientId.filter(v -> !v.isBlank()).isPresent();
        if (server && client) {
            return Optional.empty();
        }
        return Optional.of("SCREENPOP_AUTH=oidc (the default in prod) needs "
                + (server ? "" : "QUARKUS_OIDC_AUTH_SERVER_URL (or QUARKUS_OIDC_PROVIDER)") + (server || client ? "" : " and ")
                + (client ? "" : "QUARKUS_OIDC_CLIENT_ID")
                + "; set them (see README, Sign-in), or SCREENPOP_AUTH=none on a network you trust");
    }

    /**
     * @param sources {@code SCREENPOP_FRAME_ANCESTORS}, already split at commas
     * @return why an entry is not a CSP host-source ({@code https://crm.example.com}, {@code *.example.com:443},
     *         W3C CSP Level 2 section 4.2.2), or empty
     */
    static Optional<String> frameAncestorsProblem(List<String> sources) {
        return sources.stream().flatMap(s -> java.util.Arrays.stream(s.strip().split("\\s+"))).filter(s -> !s.isEmpty())
                .filter(s -> !CSP_SOURCE.matcher(s).matches()).findFirst()
                .map(s -> "SCREENPOP_FRAME_ANCESTORS must list origins such as https://crm.example.com, got '" + s + "'");
    }

    /**
     * @param cw the ConnectWise settings
     * @return the environment variable names of the settings that are absent or blank
     */
    static List<String> missing(ConnectWiseConfig cw) {
        List<String> missing = new ArrayList<>();
        if (cw.baseUrl().filter(v -> !v.isBlank()).isEmpty()) {
            missing.add("CW_BASE_URL");
        }
        if (cw.companyId().filter(v -> !v.isBlank()).isEmpty()) {
            missing.add("CW_COMPANY_ID");
        }
        if (cw.publicApiKey().filter(v -> !v.isBlank()).isEmpty()) {
            missing.add("CW_PUBLIC_API_KEY");
        }
        if (cw.privateApiKey().filter(v -> !v.isBlank()).isEmpty()) {
            missing.add("CW_PRIVATE_API_KEY");
        }
        if (cw.clientId().filter(v -> !v.isBlank()).isEmpty()) {
            missing.add("CW_CLIENT_ID");
        }
        return missing;
    }
}
