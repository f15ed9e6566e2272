package io.screenpop.caller;

/**
 * Who is behind a request, as the audit trail records it and the per-user rate limit counts it.
 *
 * @param kind    how the caller was identified
 * @param name    the signed-in user's e-mail (or name), {@code API key <8 hex digits>}, or the client address
 * @param address the client address ({@code X-Forwarded-For} is honoured only when
 *                {@code quarkus.http.proxy.proxy-address-forwarding} is on), or {@code null}
 */
public record Caller(Kind kind, String name, String address) {

    /** How a caller was identified. */
    public enum Kind {
        /** A signed-in user (OIDC session or bearer token). */
        AGENT,
        /** A tool presenting one of the {@code API_KEY} keys. */
        API_KEY,
        /** Nobody signed in and no key: sign-in is off, or the request was refused. */
        ANONYMOUS
    }

    /** @return the key the per-user rate limit counts this caller under, e.g. {@code agent:jane@example.com} */
    public String bucketKey() {
        return switch (kind) {
            case AGENT -> "agent:" + name;
            case API_KEY -> "key:" + name;
            case ANONYMOUS -> "address:" + (address == null ? "unknown" : address);
        };
    }
}
