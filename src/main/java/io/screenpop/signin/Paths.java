package io.screenpop.signin;

/**
 * Which request paths answer JSON and which check their own keys. The HTTP permissions in
 * {@code application.properties} ({@code quarkus.http.auth.permission.public.paths}) list the same public paths.
 */
final class Paths {

    private Paths() {
    }

    /**
     * @param path the normalized request path
     * @return true for machine endpoints and the sandbox's ConnectWise API, which take only their own keys
     */
    static boolean ownKeyCheck(String path) {
        return path.equals("/api/lookup") || path.startsWith("/api/lookup/") || path.startsWith("/api/3cx/")
                || path.startsWith("/sandbox/connectwise/");
    }

    /**
     * @param path the normalized request path
     * @return true for the JSON API ({@code /api/…}, {@code /sync}, {@code /sync/…}), which answers 401 JSON
     *         instead of redirecting to sign-in
     */
    static boolean json(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/sync") || path.startsWith("/sync/");
    }
}
