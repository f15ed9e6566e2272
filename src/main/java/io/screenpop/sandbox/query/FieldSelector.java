package io.screenpop.sandbox.query;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code fields} parameter: a comma list of top-level names and nested paths
 * ({@code id,company/name,communicationItems/value}). A record is trimmed to exactly those fields;
 * a nested path keeps only that part of an object, or of each element of an array.
 */
public final class FieldSelector {

    private final Map<String, FieldSelector> children = new LinkedHashMap<>();

    private FieldSelector() {
    }

    /** @return the selector, or null when {@code fields} is blank (keep everything) */
    public static FieldSelector parse(String fields) {
        if (fields == null || fields.isBlank()) {
            return null;
        }
        FieldSelector root = new FieldSelector();
        for (String field : fields.split(",")) {
            String path = field.trim();
            if (path.isEmpty()) {
                continue;
            }
            FieldSelector node = root;
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    node = node.children.computeIfAbsent(segment, s -> new FieldSelector());
                }
            }
            node.children.clear();
            node.children.put("*", null);
        }
        return root;
    }

    /** @return a new node holding only the selected fields (sub-trees are shared, do not modify) */
    public ObjectNode project(JsonNode record) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            FieldSelector child = children.get(field.getKey());
            if (child != null) {
                out.set(field.getKey(), child.apply(field.getValue()));
            }
        }
        return out;
    }

    private JsonNode apply(JsonNode value) {
        if (children.containsKey("*")) {
            return value;
        }
        if (value.isObject()) {
            return project(value);
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(value.size());
            for (JsonNode element : value) {
                out.add(element.isObject() ? project(element) : element);
            }
            return out;
        }
        return value;
    }
}
