package io.screenpop.sandbox.conditions;

import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Resolves a ConnectWise field path ({@code company/id}, {@code communicationItems/value}) against a
 * record. Where the path walks through an array, every element is tried: the test holds if it holds
 * for ANY element (the semantics of {@code childConditions}). An absent field is tested as missing.
 */
public final class JsonPathWalker {

    private JsonPathWalker() {
    }

    /** @return true when {@code test} holds for some value at {@code path} ({@code /}-separated segments) */
    public static boolean anyMatch(JsonNode node, String[] path, Predicate<JsonNode> test) {
        return walk(node, path, 0, test);
    }

    /** @return the first value at the path (first array element where arrays occur), or a missing node */
    public static JsonNode first(JsonNode node, String[] path) {
        JsonNode[] found = {MissingNode.getInstance()};
        walk(node, path, 0, value -> {
            found[0] = value;
            return true;
        });
        return found[0];
    }

    private static boolean walk(JsonNode node, String[] path, int index, Predicate<JsonNode> test) {
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                if (walk(element, path, index, test)) {
                    return true;
                }
            }
            return false;
        }
        if (index == path.length) {
            return test.test(node == null ? MissingNode.getInstance() : node);
        }
        JsonNode child = node != null && node.isObject() ? node.get(path[index]) : null;
        return walk(child, path, index + 1, test);
    }
}
