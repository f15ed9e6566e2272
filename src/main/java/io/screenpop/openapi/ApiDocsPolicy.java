package io.screenpop.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The Content-Security-Policy of Swagger UI ({@code /api/docs}). Every other answer keeps the
 * service's strict policy ({@code script-src 'self'}, application.properties); Swagger UI's page,
 * as the Quarkus extension serves it, starts itself with inline scripts and styles its elements
 * inline, so its paths alone get {@code 'unsafe-inline'} for scripts and styles. The page shows
 * only the published API description (no agent data) and sends no request but for it.
 */
@ApplicationScoped
public class ApiDocsPolicy {

    /** The policy of the {@code /api/docs} paths. */
    public static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none';"
            + " frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.routeWithRegex("^/api/docs(/.*)?$").order(-1000).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Content-Security-Policy", POLICY));
            ctx.next();
        });
    }
}
