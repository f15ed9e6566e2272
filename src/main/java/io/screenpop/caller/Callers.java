package io.screenpop.caller;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import io.screenpop.security.ApiKeyFilter;
import io.screenpop.security.ApiKeys;
import io.screenpop.signin.CurrentAgent;
import io.vertx.core.http.HttpServerRequest;

/**
 * Tells who is behind a request: the signed-in user ({@link CurrentAgent}), else the API key the
 * request carries (named by {@link ApiKeys#identify}, never the key itself), else the client address.
 */
@ApplicationScoped
public class Callers {

    private final CurrentAgent agent;
    private final ApiKeys keys;

    /** CDI constructor. */
    public Callers(CurrentAgent agent, ApiKeys keys) {
        this.agent = agent;
        this.keys = keys;
    }

    /**
     * @param request the JAX-RS request
     * @param http    the Vert.x request, for the client address; may be {@code null}
     * @return the caller
     */
    public Caller of(ContainerRequestContext request, HttpServerRequest http) {
        String address = address(http);
        var who = agent.who();
        if (who.isPresent()) {
            return new Caller(Caller.Kind.AGENT, who.get().toLowerCase(Locale.ROOT), address);
        }
        var key = agent.apiKey().or(() -> keys.identify(ApiKeyFilter.presentedKey(request)));
        if (key.isPresent()) {
            return new Caller(Caller.Kind.API_KEY, "API key " + key.get(), address);
        }
        return new Caller(Caller.Kind.ANONYMOUS, address == null ? "anonymous" : address, address);
    }

    private static String address(HttpServerRequest http) {
        if (http == null || http.remoteAddress() == null) {
            return null;
        }
        String host = http.remoteAddress().hostAddress();
        return host == null ? http.remoteAddress().host() : host;
    }
}
