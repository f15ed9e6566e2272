package io.screenpop.signin;

import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.api.WriteAnswer;
import io.screenpop.security.ApiKeyFilter;

/**
 * Role checks after sign-in ({@code quarkus.http.auth.permission.*} has already refused anybody not signed in):
 * {@code AGENT_ROLE} on every page and API call ({@link #agentsOnly}), {@code ADMIN_ROLE} on {@link AdminOnly} ones
 * ({@link #adminOnly}). A refusal is 403, as a page or as JSON ({@link #wantsJson}).
 */
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class);

    private final CurrentAgent agent;
    private final SignInConfig config;

    /** CDI constructor. */
    SignInGuard(CurrentAgent agent, SignInConfig config) {
        this.agent = agent;
        this.config = config;
    }

    /** The 403 page. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden(String who, String why);
    }

    /**
     * @param request any request that reached a resource
     * @return 403 when a signed-in user lacks {@code AGENT_ROLE} (when one is configured), else {@code null}
     */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 10)
    public Response agentsOnly(ContainerRequestContext request) {
        if (agent.agent()) {
            return null;
        }
        String role = config.agentRole().orElse("");
        LOG.infof("Refused %s %s: the signed-in user lacks the agent role %s", request.getMethod(),
                request.getUriInfo().getPath(), role);
        return forbidden(request, "Your account does not have the role " + role + " that screenpop needs. "
                + "Ask your administrator to assign it.");
    }

    /**
     * @param request      a request to an {@link AdminOnly} resource
     * @param resourceInfo the matched resource method
     * @return 401 (sign-in off, no key, where a key is needed), 403 (not an admin), or {@code null} to let it through
     */
    // before CsrfFilter (AUTHENTICATION): a caller without any credential hears 401, not a CSRF 403
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 1)
    @AdminOnly
    public Response adminOnly(ContainerRequestContext request, ResourceInfo resourceInfo) {
        AdminOnly rule = resourceInfo.getResourceMethod().getAnnotation(AdminOnly.class);
        if (rule == null) {
            rule = resourceInfo.getResourceClass().getAnnotation(AdminOnly.class);
        }
        if (agent.signInOff()) {
            return rule != null && rule.keyWhenSignInOff() && agent.apiKey().isEmpty() ? ApiKeyFilter.unauthorized() : null;
        }
        if (agent.admin()) {
            return null;
        }
        LOG.infof("Refused %s %s: the signed-in user lacks the admin role %s", request.getMethod(),
                request.getUriInfo().getPath(), config.adminRole());
        return forbidden(request, "This is for administrators: your account does not have the role "
                + config.adminRole() + ".");
    }

    private Response forbidden(ContainerRequestContext request, String why) {
        if (wantsJson(request)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(WriteAnswer.failure(why)).build();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.forbidden(agent.displayName(), why)).build();
    }

    /**
     * @param request the request
     * @return true for {@code /api}, {@code /sync} and callers whose {@code Accept} names JSON but not HTML
     */
    static boolean wantsJson(ContainerRequestContext request) {
        if (Paths.json("/" + request.getUriInfo().getPath().replaceFirst("^/", ""))) {
            return true;
        }
        List<MediaType> accept = request.getAcceptableMediaTypes();
        boolean json = accept.stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType());
        boolean html = accept.stream().anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType());
        return json && !html;
    }
}
