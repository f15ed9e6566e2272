package io.screenpop.audit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;

/**
 * Which requests the audit trail records and what it calls them. Every POST, PUT, PATCH and DELETE
 * that reached a resource method is a write, unless the method or its class is {@link NotAudited}.
 * The action is named from the route: the known writes by a short name ({@link #ACTIONS}, e.g.
 * {@code ticket.note}), any other by its method and path template ({@code POST /api/things/{id}}).
 */
@ApplicationScoped
public class AuditedRoutes {

    /** Route (method and path template) → action name, for the writes the service has. */
    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("POST /api/contacts/{id}/add-phone", "contact.add-phone"),
            Map.entry("POST /api/contacts/create", "contact.create"),
            Map.entry("POST /api/contacts/{id}/move", "contact.move"),
            Map.entry("POST /api/companies/create", "company.create"),
            Map.entry("POST /api/tickets", "ticket.create"),
            Map.entry("POST /api/tickets/{id}/notes", "ticket.note"),
            Map.entry("POST /api/tickets/{id}/time", "ticket.time"),
            Map.entry("PATCH /api/tickets/{id}/status", "ticket.status"),
            Map.entry("POST /api/tickets/{id}/log-change", "ticket.log-call"),
            Map.entry("PUT /api/extensions/{extension}", "extension.assign"),
            Map.entry("DELETE /api/extensions/{extension}", "extension.unassign"),
            Map.entry("POST /api/3cx/journal", "3cx.journal"),
            Map.entry("POST /sync", "sync.start"),
            Map.entry("PUT /api/admin/member-mappings/{email}", "member-mapping.set"),
            Map.entry("DELETE /api/admin/member-mappings/{email}", "member-mapping.remove"));

    /** Path segment before a path parameter → the name of the id it holds. */
    private static final Map<String, String> ID_NAMES = Map.of("tickets", "ticket_id", "contacts", "contact_id",
            "companies", "company_id", "extensions", "extension", "members", "member_identifier",
            "member-mappings", "email");

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PARAM_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    private final Map<Method, Route> routes = new ConcurrentHashMap<>();

    /**
     * A resource method as the audit sees it.
     *
     * @param action   the action name
     * @param template the path template, e.g. {@code /api/tickets/{id}/notes}
     * @param audited  whether requests to it are recorded
     */
    public record Route(String action, String template, boolean audited) {
    }

    /**
     * @param httpMethod the request's method
     * @return whether requests with this method can be writes
     */
    public static boolean isWriteMethod(String httpMethod) {
        return WRITES.contains(httpMethod);
    }

    /**
     * @param httpMethod the request's method
     * @param type       the resource class
     * @param method     the resource method
     * @return the route, worked out once per method
     */
    public Route route(String httpMethod, Class<?> type, Method method) {
        return routes.computeIfAbsent(method, m -> {
            String template = template(type, m);
            String key = httpMethod + " " + template;
            boolean audited = isWriteMethod(httpMethod) && !m.isAnnotationPresent(NotAudited.class)
                    && !type.isAnnotationPresent(NotAudited.class);
            return new Route(ACTIONS.getOrDefault(key, key), template, audited);
        });
    }

    /**
     * @param template   a path template, e.g. {@code /api/tickets/{id}/notes}
     * @param parameters the request's path parameters
     * @return the ids the path names, e.g. {@code ["ticket_id=123"]}
     */
    public static List<String> pathTargets(String template, Map<String, String> parameters) {
        List<String> targets = new ArrayList<>();
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String param = segment.substring(1, segment.length() - 1);
                String value = parameters.get(param);
                if (value != null) {
                    targets.add(ID_NAMES.getOrDefault(segments[i - 1], param) + "=" + value);
                }
            }
        }
        return targets;
    }

    private static String template(Class<?> type, Method method) {
        String base = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
        String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return PARAM_REGEX.matcher(joined).replaceAll("{$1}");
    }
}
