package io.screenpop.screenpop;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Absolute links to this service for other systems (CCaaS lookups, 3CX): the base is
 * {@code PUBLIC_BASE_URL} when set, otherwise the address the request came in on.
 */
@ApplicationScoped
public class ScreenpopLinks {

    private final String configured;

    /** CDI constructor. */
    public ScreenpopLinks(PublicConfig config) {
        this.configured = config.baseUrl().map(String::strip).filter(s -> !s.isEmpty()).map(ScreenpopLinks::trim)
                .orElse(null);
    }

    /**
     * @param requestBase the base URI of the current request ({@code UriInfo.getBaseUri()})
     * @return e.g. {@code https://screenpop.example.com}, without a trailing slash
     */
    public String base(URI requestBase) {
        return configured != null ? configured : trim(requestBase.toString());
    }

    /**
     * @param requestBase the base URI of the current request
     * @param e164        the caller's number
     * @return e.g. {@code https://screenpop.example.com/screenpop?phone=%2B14085551212}
     */
    public String screenpop(URI requestBase, String e164) {
        return base(requestBase) + "/screenpop?phone=" + URLEncoder.encode(e164, StandardCharsets.UTF_8);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
