package io.screenpop.signin;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Who is behind the current request, for pages ({@code {inject:currentAgent.…}} in Qute) and for writes.
 * With sign-in off ({@code SCREENPOP_AUTH=none}) nobody is signed in and everyone may do everything.
 */
@Named("currentAgent")
@RequestScoped
public class CurrentAgent {

    /** @return the signed-in user's display name, or empty when nobody is signed in */
    public Optional<String> name() {
        return Optional.empty();
    }

    /**
     * @return the signed-in user's e-mail address (from the {@code email}, {@code upn} or
     *         {@code preferred_username} claim), or empty when nobody is signed in
     */
    public Optional<String> email() {
        return Optional.empty();
    }

    /**
     * @return an identifier of the signed-in user's session, stable for the session's life and
     *         different for every session (the CSRF token is bound to it), or empty without a session
     */
    public Optional<String> sessionId() {
        return Optional.empty();
    }

    /** @return the signed-in user's name for pages, or {@code null} when nobody is signed in */
    public String displayName() {
        return name().orElse(null);
    }

    /** @return whether the caller may use admin pages and actions (always with sign-in off) */
    public boolean admin() {
        return true;
    }

    /** @return whether a user is signed in (a session or a bearer token), not a tool with a key and not nobody */
    public boolean signedIn() {
        return false;
    }

    /** @return whether sign-in is off, so pages show the "Sign-in is off" badge */
    public boolean signInOff() {
        return true;
    }
}
