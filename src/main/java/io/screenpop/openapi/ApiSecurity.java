package io.screenpop.openapi;

/**
 * Names of the security schemes of the published OpenAPI document, for {@code @SecurityRequirement}
 * annotations on the resources; {@link ApiDocFilter} declares them.
 */
public final class ApiSecurity {

    /** An {@code API_KEY} key in the {@code x-api-key} header (machine endpoints, tools). */
    public static final String API_KEY = "apiKey";
    /** An {@code API_KEY} key as {@code Authorization: Bearer <key>} (the CCaaS lookup, tools). */
    public static final String BEARER = "bearer";
    /** An {@code API_KEY} key in the {@code apikey} header, as 3CX's CRM template sends it. */
    public static final String THREECX = "apikeyHeader";
    /** The agent's browser session (cookie) of the pages and their JSON. */
    public static final String SESSION = "session";
    /** The session-bound CSRF token a page's write sends in {@code X-CSRF-Token}. */
    public static final String CSRF = "csrf";

    private ApiSecurity() {
    }
}
