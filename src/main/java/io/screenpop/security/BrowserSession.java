package io.screenpop.security;

import java.util.Optional;

/**
 * The browser session behind the current request, as the CSRF tokens see it. Implemented by the sign-in feature
 * ({@code signin.CurrentAgent}), so that this package does not depend on how users sign in.
 */
public interface BrowserSession {

    /**
     * @return a stable, non-secret identifier of the current sign-in (the same for every request of one sign-in,
     *         another after the next), or empty without a browser session (sign-in off, API keys, bearer tokens)
     */
    Optional<String> sessionId();
}
