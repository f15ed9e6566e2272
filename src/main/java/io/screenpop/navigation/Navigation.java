package io.screenpop.navigation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * The header navigation's current page, for {@code layout.html} ({@code {inject:navigation.current('/calls')}}):
 * the link to the page being shown carries {@code aria-current="page"} (WAI-ARIA 1.2, {@code aria-current}).
 */
@Named("navigation")
@RequestScoped
public class Navigation {

    private final CurrentVertxRequest request;

    /** CDI constructor. */
    Navigation(CurrentVertxRequest request) {
        this.request = request;
    }

    /**
     * @param href a navigation link's path, e.g. {@code /calls} or {@code /}
     * @return whether the request's path is that page or one below it ({@code /calls/unknown} is under
     *         {@code /calls}); {@code /} only for the home page itself
     */
    public boolean current(String href) {
        String path = request.getCurrent() == null ? "" : request.getCurrent().normalizedPath();
        if ("/".equals(href)) {
            return "/".equals(path);
        }
        return path.equals(href) || path.startsWith(href + "/");
    }
}
