package io.screenpop.sandbox.conditions;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed ConnectWise conditions expression, evaluated against one JSON record.
 * Build one with {@link ConditionParser#parse(String)}.
 */
public sealed interface Condition permits Condition.All, Condition.Any, Comparison {

    /** @return true when the record satisfies the condition */
    boolean test(JsonNode record);

    /** Reports every field path the condition reads, e.g. {@code company/id}. */
    void visitPaths(Consumer<String> visitor);

    /** Parts joined by {@code and}. */
    record All(List<Condition> parts) implements Condition {
        @Override
        public boolean test(JsonNode record) {
            for (Condition part : parts) {
                if (!part.test(record)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void visitPaths(Consumer<String> visitor) {
            parts.forEach(p -> p.visitPaths(visitor));
        }
    }

    /** Parts joined by {@code or}. */
    record Any(List<Condition> parts) implements Condition {
        @Override
        public boolean test(JsonNode record) {
            for (Condition part : parts) {
                if (part.test(record)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void visitPaths(Consumer<String> visitor) {
            parts.forEach(p -> p.visitPaths(visitor));
        }
    }
}
