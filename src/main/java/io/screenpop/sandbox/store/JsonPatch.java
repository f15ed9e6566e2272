package io.screenpop.sandbox.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.error.CwApiException;

/**
 * Applies an RFC 6902 JSON Patch array the way ConnectWise accepts it: ops {@code add},
 * {@code replace} and {@code remove}; paths with or without a leading slash ({@code defaultContact},
 * {@code /billingTerms}, {@code company/id}, {@code communicationItems/0/value}, {@code ~1}/{@code ~0}
 * escapes); missing intermediate objects are created; {@code replace} of an absent field adds it.
 */
public final class JsonPatch {

    private JsonPatch() {
    }

    /** @return the first segment of each operation's path (for schema checks) */
    public static List<String> topLevelFields(JsonNode operations) {
        List<String> fields = new ArrayList<>();
        for (JsonNode op : requireArray(operations)) {
            List<String> path = path(op);
            fields.add(path.get(0));
        }
        return fields;
    }

    /**
     * @param target a private copy of the record; modified in place
     * @throws CwApiException 400 on a malformed patch
     */
    public static void apply(ObjectNode target, JsonNode operations) {
        for (JsonNode op : requireArray(operations)) {
            String kind = op.path("op").asText("").toLowerCase(Locale.ROOT);
            List<String> path = path(op);
            if (!kind.equals("remove") && !op.has("value")) {
                throw CwApiException.invalid("Patch operation '" + kind + "' on " + String.join("/", path) + " needs a value");
            }
            JsonNode parent = parentOf(target, path, !kind.equals("remove"));
            String last = path.get(path.size() - 1);
            switch (kind) {
                case "add", "replace" -> set(parent, last, op.get("value").deepCopy(), kind.equals("add"));
                case "remove" -> remove(parent, last);
                default -> throw CwApiException.invalid("Unsupported patch operation '" + op.path("op").asText() + "'");
            }
        }
    }

    private static Iterable<JsonNode> requireArray(JsonNode operations) {
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw CwApiException.invalid("The request body must be a non-empty JSON Patch array");
        }
        return operations;
    }

    private static List<String> path(JsonNode op) {
        if (!op.isObject() || !op.path("path").isTextual()) {
            throw CwApiException.invalid("Each patch operation needs an op and a path");
        }
        String raw = op.get("path").asText();
        String trimmed = raw.startsWith("/") ? raw.substring(1) : raw;
        if (trimmed.isEmpty()) {
            throw CwApiException.invalid("Patch path '" + raw + "' does not name a field");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : trimmed.split("/", -1)) {
            segments.add(segment.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    private static JsonNode parentOf(ObjectNode root, List<String> path, boolean create) {
        JsonNode node = root;
        for (String segment : path.subList(0, path.size() - 1)) {
            JsonNode child;
            if (node.isArray()) {
                child = node.get(index((ArrayNode) node, segment, false));
            } else {
                child = node.get(segment);
                if ((child == null || child.isNull()) && create) {
                    child = ((ObjectNode) node).putObject(segment);
                }
            }
            if (child == null || !(child.isObject() || child.isArray())) {
                throw CwApiException.invalid("Patch path " + String.join("/", path) + " does not exist");
            }
            node = child;
        }
        return node;
    }

    private static void set(JsonNode parent, String field, JsonNode value, boolean insert) {
        if (parent.isObject()) {
            ((ObjectNode) parent).set(field, value);
            return;
        }
        ArrayNode array = (ArrayNode) parent;
        if (insert && field.equals("-")) {
            array.add(value);
        } else if (insert) {
            array.insert(index(array, field, true), value);
        } else {
            array.set(index(array, field, false), value);
        }
    }

    private static void remove(JsonNode parent, String field) {
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(field);
        } else {
            ((ArrayNode) parent).remove(index((ArrayNode) parent, field, false));
        }
    }

    private static int index(ArrayNode array, String segment, boolean allowEnd) {
        try {
            int i = Integer.parseInt(segment);
            if (i >= 0 && (i < array.size() || (allowEnd && i == array.size()))) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CwApiException.invalid("Array index '" + segment + "' is out of range");
    }
}
