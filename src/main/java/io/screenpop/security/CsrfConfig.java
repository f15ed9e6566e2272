package io.screenpop.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** CSRF token settings ({@code CSRF_KEY}). */
@ConfigMapping(prefix = "csrf")
public interface CsrfConfig {

    /**
     * Server key the CSRF tokens are HMAC-SHA256'd under ({@code CSRF_KEY}, at least 32 characters).
     * Unset: a random key per start, so pages opened before a restart must be reloaded, and several
     * replicas behind one address need the same key (put it in the k8s Secret).
     */
    Optional<String> key();
}
