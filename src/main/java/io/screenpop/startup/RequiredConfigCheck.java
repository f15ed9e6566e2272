package io.screenpop.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/**
 * Stops start-up with one clear line when the configuration cannot work: in every profile when
 * {@code API_RATE_LIMIT_PER_MINUTE} is not positive; in the prod profile without the sandbox, naming
 * each missing ConnectWise variable ({@code CW_BASE_URL}, {@code CW_COMPANY_ID},
 * {@code CW_PUBLIC_API_KEY}, {@code CW_PRIVATE_API_KEY}, {@code CW_CLIENT_ID}); secrets are never printed.
 */
@ApplicationScoped
public class RequiredConfigCheck {

    private static final Logger LOG = Logger.getLogger(RequiredConfigCheck.class);

    void check(@Observes @Priority(1) StartupEvent event, ConnectWiseConfig cw, ApiKeyConfig api,
            @ConfigProperty(name = "sandbox.enabled", defaultValue = "false") boolean sandbox) {
        Optional<String> rateLimit = rateLimitProblem(api.rateLimitPerMinute());
        if (rateLimit.isPresent()) {
            LOG.errorf("Cannot start: %s", rateLimit.get());
            Quarkus.asyncExit(1);
            return;
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
