package io.screenpop.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * {@code Strict-Transport-Security: max-age=31536000} (RFC 6797: one year) on every answer to a request that came
 * over TLS, directly or through a trusted TLS-terminating proxy ({@code X-Forwarded-Proto: https} from one of
 * {@code TRUSTED_PROXIES}, which {@code quarkus.http.proxy.*} resolves into the request's scheme). RFC 6797
 * section 7.2 forbids sending it over plain HTTP, so a plain request gets none.
 */
@ApplicationScoped
public class StrictTransportSecurity {

    /** The header value: one year, no {@code includeSubDomains} (other hosts of the MSP's domain are not ours). */
    static final String VALUE = "max-age=31536000";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            if (context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme())) {
                context.addHeadersEndHandler(ignored -> context.response().putHeader("Strict-Transport-Security", VALUE));
            }
            context.next();
        });
    }
}
