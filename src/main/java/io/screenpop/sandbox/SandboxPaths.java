package io.screenpop.sandbox;

/** URL layout of the sandbox. */
public final class SandboxPaths {

    /** Everything under this answers 404 when the sandbox is disabled. */
    public static final String ROOT = "/sandbox";
    /** The ConnectWise API base, like {@code https://host/v4_6_release/apis/3.0}. */
    public static final String API_BASE = "/sandbox/connectwise/v4_6_release/apis/3.0";
    /** Test controls (faults, request log, reset); an API key instead of ConnectWise auth. */
    public static final String CONTROL = "/sandbox/control";

    private SandboxPaths() {
    }

    /** @return true for {@code /sandbox} and everything below it */
    public static boolean isSandbox(String path) {
        return path.equals(ROOT) || path.startsWith(ROOT + "/");
    }

    /** @return the path relative to {@link #API_BASE} (e.g. {@code /company/contacts}), or null outside the API */
    public static String apiRelative(String path) {
        if (path.equals(API_BASE)) {
            return "/";
        }
        return path.startsWith(API_BASE + "/") ? path.substring(API_BASE.length()) : null;
    }
}
