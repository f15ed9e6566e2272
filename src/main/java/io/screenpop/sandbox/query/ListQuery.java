package io.screenpop.sandbox.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import io.screenpop.sandbox.conditions.Condition;
import io.screenpop.sandbox.conditions.ConditionParser;
import io.screenpop.sandbox.conditions.ConditionSyntaxException;
import io.screenpop.sandbox.error.CwApiException;

/**
 * The query parameters of a ConnectWise list or count call ({@code conditions}, {@code childConditions},
 * {@code orderBy}, {@code fields}, {@code page}, {@code pageSize}, {@code pageId}; names are matched
 * case-insensitively) plus the paging style from the {@code pagination-type} header.
 *
 * @param conditions null when absent
 * @param childConditions null when absent; must hold as well as {@code conditions}
 * @param order null for id ascending
 * @param fields null to return whole records
 * @param page 1-based page (navigable paging)
 * @param pageSize records per page, 1..1000
 * @param pageId forward-only paging: records with id greater than this; null from the start
 * @param forwardOnly true when the request asked for {@code pagination-type: forward-only}
 */
public record ListQuery(Condition conditions, Condition childConditions, RecordOrder order, FieldSelector fields,
        int page, int pageSize, Long pageId, boolean forwardOnly) {

    /** Page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 25;
    /** ConnectWise's cap on page size. */
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * @param params query parameters as received
     * @throws CwApiException 400 for malformed conditions, orderBy or numbers
     */
    public static ListQuery parse(Map<String, List<String>> params, boolean forwardOnly) {
        Map<String, String> p = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        params.forEach((name, values) -> {
            if (values != null && !values.isEmpty()) {
                p.put(name, values.get(0));
            }
        });
        int size = integer(p, "pageSize", DEFAULT_PAGE_SIZE);
        size = size < 1 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        String pageId = p.get("pageId");
        return new ListQuery(condition(p, "conditions"), condition(p, "childConditions"),
                RecordOrder.parse(p.get("orderBy")), FieldSelector.parse(p.get("fields")),
                Math.max(1, integer(p, "page", 1)), size,
                pageId == null || pageId.isBlank() ? null : (long) integer(p, "pageId", 0), forwardOnly);
    }

    /** @return true when the record satisfies both conditions and childConditions */
    public boolean matches(JsonNode record) {
        return (conditions == null || conditions.test(record)) && (childConditions == null || childConditions.test(record));
    }

    /** Reports every field path used by conditions, childConditions and orderBy (for schema checks). */
    public void visitPaths(Consumer<String> visitor) {
        if (conditions != null) {
            conditions.visitPaths(visitor);
        }
        if (childConditions != null) {
            childConditions.visitPaths(visitor);
        }
        if (order != null) {
            order.visitPaths(visitor);
        }
    }

    private static Condition condition(Map<String, String> p, String name) {
        String text = p.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ConditionParser.parse(text);
        } catch (ConditionSyntaxException e) {
            throw CwApiException.invalid("The " + name + " parameter is invalid: " + e.getMessage());
        }
    }

    private static int integer(Map<String, String> p, String name, int fallback) {
        String text = p.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw CwApiException.invalid("The " + name + " parameter must be a number, not '" + text + "'");
        }
    }
}
