package io.screenpop.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.caller.Caller;
import io.screenpop.caller.Callers;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one place writes are audited: a request filter notes when a POST, PUT, PATCH or DELETE arrived,
 * and a response filter, once the answer is known (including a 400, 403 or 429 from a filter in
 * between), hands an {@link AuditEvent} to {@link AuditRecorder}: who ({@link Callers}), from which
 * address, the action ({@link AuditedRoutes}), the ConnectWise ids in the path and in the answer
 * ({@code ticket_id}, {@code note_id}, {@code contact_id} …), the outcome, the status, the duration and,
 * when the write did not succeed, the answer's message. Nothing here can fail or delay the write: any
 * problem is logged and the answer goes out unchanged.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final String STARTED = AuditFilter.class.getName() + ".started";
    private static final String STARTED_AT = AuditFilter.class.getName() + ".startedAt";

    private final AuditedRoutes routes;
    private final AuditRecorder recorder;
    private final Callers callers;
    private final ObjectMapper json;

    /** CDI constructor. */
    public AuditFilter(AuditedRoutes routes, AuditRecorder recorder, Callers callers, ObjectMapper json) {
        this.routes = routes;
        this.recorder = recorder;
        this.callers = callers;
        this.json = json;
    }

    /**
     * Notes the arrival of a write, before any other filter runs.
     *
     * @param request the request
     */
    @ServerRequestFilter(preMatching = true, priority = 10)
    public void arrived(ContainerRequestContext request) {
        if (AuditedRoutes.isWriteMethod(request.getMethod())) {
            request.setProperty(STARTED, System.nanoTime());
            request.setProperty(STARTED_AT, Instant.now());
        }
    }

    /**
     * Records the write with its answer.
     *
     * @param request  the request
     * @param response the answer about to be sent
     * @param resource the matched resource method (none for a path nothing serves)
     * @param http     the Vert.x request, for the client address
     */
    @ServerResponseFilter(priority = 10)
    public void answered(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            HttpServerRequest http) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long nanos) || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        try {
            AuditedRoutes.Route route = routes.route(request.getMethod(), resource.getResourceClass(),
                    resource.getResourceMethod());
            if (!route.audited()) {
                return;
            }
            Caller caller = callers.of(request, http);
            AuditEvent event = new AuditEvent();
            event.occurredAt = (Instant) request.getProperty(STARTED_AT);
            event.actor = cut(caller.name(), 320);
            event.actorKind = caller.kind().name();
            event.address = cut(caller.address(), 64);
            event.action = cut(route.action(), 80);
            event.httpMethod = request.getMethod();
            event.path = cut(request.getUriInfo().getPath(), 500);
            event.httpStatus = response.getStatus();
            event.durationMs = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - nanos) / 1_000_000);
            JsonNode body = body(response.getEntity());
            boolean success = response.getStatus() < 400 && !(body != null && body.path("success").isBoolean()
                    && !body.path("success").asBoolean());
            event.outcome = success ? "success"
                    : response.getStatus() >= 400 && response.getStatus() < 500 ? "refused" : "failed";
            event.targets = cut(targets(route, request.getUriInfo().getPathParameters(), body), 500);
            if (!success && body != null && body.hasNonNull("message")) {
                event.detail = cut(body.get("message").asText(), 500);
            }
            recorder.record(event);
        } catch (RuntimeException e) {
            LOG.warnf("Write %s %s not audited: %s", request.getMethod(), request.getUriInfo().getPath(), e.toString());
        }
    }

    private JsonNode body(Object entity) {
        if (entity == null || entity instanceof String || entity instanceof byte[]) {
            return null;
        }
        try {
            JsonNode node = json.valueToTree(entity);
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String targets(AuditedRoutes.Route route, MultivaluedMap<String, String> pathParameters, JsonNode body) {
        List<String> targets = new ArrayList<>(AuditedRoutes.pathTargets(route.template(), pathParameters.entrySet()
                .stream().filter(e -> !e.getValue().isEmpty())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)))));
        if (body != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if ((name.endsWith("_id") || name.endsWith("Id")) && field.getValue().isValueNode()
                        && !field.getValue().isNull()) {
                    String target = name + "=" + field.getValue().asText();
                    if (!targets.contains(target)) {
                        targets.add(target);
                    }
                }
            }
        }
        return targets.isEmpty() ? null : String.join(" ", targets);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
