package io.screenpop.signin;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Provides {@code signin.frame-ancestors-csp}, the sources of the CSP {@code frame-ancestors} directive (W3C CSP
 * Level 2) in the {@code Content-Security-Policy} header: the origins of {@code SCREENPOP_FRAME_ANCESTORS} (the
 * phone or CRM apps that embed the pages in an iframe) separated by single spaces, whether written with commas
 * or spaces; {@code 'none'} when unset, so no other site can frame the pages (clickjacking).
 */
// lowest priority: nearest the config sources, so the expansion of ${signin.frame-ancestors-csp} in the header sees it
@Priority(Priorities.PLATFORM)
public class FrameAncestorsInterceptor implements ConfigSourceInterceptor {

    /** The derived property. */
    static final String FRAME_ANCESTORS_CSP = "signin.frame-ancestors-csp";
    /** The environment variable it is derived from. */
    static final String VARIABLE = "SCREENPOP_FRAME_ANCESTORS";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !FRAME_ANCESTORS_CSP.equals(name)) {
            return value;
        }
        ConfigValue configured = context.proceed(VARIABLE);
        return ConfigValue.builder().withName(name).withConfigSourceName("FrameAncestorsInterceptor")
                .withValue(sources(configured == null ? null : configured.getValue())).build();
    }

    /**
     * @param configured {@code SCREENPOP_FRAME_ANCESTORS} as written, may be {@code null}
     * @return the CSP source list: the entries separated by single spaces, or {@code 'none'}
     */
    static String sources(String configured) {
        if (configured == null || configured.isBlank()) {
            return "'none'";
        }
        return Arrays.stream(configured.split("[,\\s]+")).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }
}
