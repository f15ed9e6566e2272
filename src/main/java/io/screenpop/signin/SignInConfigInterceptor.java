package io.screenpop.signin;

import java.util.Optional;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Turns {@code SCREENPOP_AUTH} into the run-time switches of quarkus-oidc and the HTTP permissions, so one
 * artifact runs in either mode (quarkus-oidc itself is always built in):
 * <ul>
 * <li>{@code quarkus.oidc.tenant-enabled}: true with {@code oidc} when a provider is configured
 * ({@code QUARKUS_OIDC_AUTH_SERVER_URL} or {@code QUARKUS_OIDC_PROVIDER}); without one it stays false so that
 * quarkus-oidc does not fail first, and {@code RequiredConfigCheck} stops start-up with one line instead;</li>
 * <li>{@code quarkus.http.auth.permission.signed-in.enabled}: true with {@code oidc} (pages and {@code /api}
 * need a signed-in user, an API key or a bearer token);</li>
 * </ul>
 * ({@link FrameAncestorsInterceptor} derives the CSP {@code frame-ancestors} sources.)
 * A value set explicitly for the first two (for example {@code QUARKUS_OIDC_TENANT_ENABLED}) is left alone.
 */
// above the profile and expression interceptors, so the values read here are fully resolved
@Priority(Priorities.APPLICATION)
public class SignInConfigInterceptor implements ConfigSourceInterceptor {

    /** quarkus-oidc's run-time switch of the default tenant. */
    static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
    /** The HTTP permission that requires sign-in (application.properties). */
    static final String SIGNED_IN_ENABLED = "quarkus.http.auth.permission.signed-in.enabled";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        switch (name) {
            case TENANT_ENABLED:
                return explicit(value) ? value : derived(name, Boolean.toString(oidc(context) && providerConfigured(context)));
            case SIGNED_IN_ENABLED:
                return explicit(value) ? value : derived(name, Boolean.toString(oidc(context)));
            default:
                return value;
        }
    }

    /**
     * @param value a looked-up value, may be {@code null}
     * @return whether somebody set it: defaults of config mappings come from a source of the lowest ordinal
     *         (SmallRye Config's DefaultValuesConfigSource, {@code Integer.MIN_VALUE}), set values from ordinals >= 0
     */
    private static boolean explicit(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() >= 0;
    }

    private static boolean oidc(ConfigSourceInterceptorContext context) {
        return AuthMode.parse(text(context, "signin.mode")).orElse(AuthMode.OIDC) == AuthMode.OIDC;
    }

    private static boolean providerConfigured(ConfigSourceInterceptorContext context) {
        return text(context, "quarkus.oidc.auth-server-url") != null || text(context, "quarkus.oidc.provider") != null;
    }

    private static String text(ConfigSourceInterceptorContext context, String name) {
        return Optional.ofNullable(context.proceed(name)).map(ConfigValue::getValue).filter(v -> !v.isBlank()).orElse(null);
    }

    private static ConfigValue derived(String name, String value) {
        return ConfigValue.builder().withName(name).withValue(value).withConfigSourceName("SignInConfigInterceptor")
                .build();
    }
}
