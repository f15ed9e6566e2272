package io.screenpop.ratelimit;

import java.util.List;

/**
 * Which requests may reach ConnectWise, and so count against the per-user limit: everything under
 * {@code /api/} and {@code POST /sync}, except what answers from the local index or database alone
 * (the CCaaS lookup, the 3CX look-ups other than the journal, company autocomplete, the audit trail
 * and the admin API). The phone's hot path is never slowed by this limit; it has the per-key limit
 * of {@code API_RATE_LIMIT_PER_MINUTE}.
 */
public final class ConnectWiseRoutes {

    private static final List<String> INDEX_ONLY = List.of("/api/lookup", "/api/3cx/", "/api/companies/search",
            "/api/audit", "/api/admin/");
    private static final String JOURNAL = "/api/3cx/journal";

    private ConnectWiseRoutes() {
    }

    /**
     * @param method the HTTP method
     * @param path   the request path, e.g. {@code /api/tickets/5}
     * @return whether the request may reach ConnectWise
     */
    public static boolean reachesConnectWise(String method, String path) {
        if (path.equals("/sync")) {
            return "POST".equals(method);
        }
        if (!path.startsWith("/api/")) {
            return false;
        }
        if (path.startsWith(JOURNAL)) {
            return true;
        }
        for (String prefix : INDEX_ONLY) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
