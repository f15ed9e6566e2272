package io.screenpop.signin;

import java.util.Locale;
import java.util.Optional;

/**
 * How people reach the service ({@code SCREENPOP_AUTH}).
 * <ul>
 * <li>{@link #OIDC}: OpenID Connect sign-in with the MSP's identity provider (the prod default);</li>
 * <li>{@link #NONE}: no sign-in, for a network the MSP trusts (the dev and test default).</li>
 * </ul>
 */
public enum AuthMode {
    /** Authorization-code flow for pages, bearer access tokens or API keys on {@code /api}. */
    OIDC,
    /** No sign-in: everyone is an admin, pages show "Sign-in is off". */
    NONE;

    /**
     * @param value {@code oidc} or {@code none} in any case, surrounding blanks ignored; {@code null} or blank means
     *              {@code oidc}, so a service never starts open by accident
     * @return the mode, or empty for any other value
     */
    public static Optional<AuthMode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(OIDC);
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "oidc" -> Optional.of(OIDC);
            case "none" -> Optional.of(NONE);
            default -> Optional.empty();
        };
    }
}
