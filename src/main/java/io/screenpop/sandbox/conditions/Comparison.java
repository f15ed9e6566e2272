package io.screenpop.sandbox.conditions;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code path op value}: one leaf of a condition. A missing or null field only satisfies
 * {@code = null} / {@code in (null)}, as with SQL NULL; every other operator is false on it.
 */
public final class Comparison implements Condition {

    private final String path;
    private final String[] segments;
    private final Operator operator;
    private final List<Literal> values;
    private final LikePattern like;
    private final String needle;

    Comparison(String path, Operator operator, List<Literal> values) {
        this.path = path;
        this.segments = path.split("/");
        this.operator = operator;
        this.values = List.copyOf(values);
        String text = values.get(0) instanceof Literal.Text t ? t.value() : null;
        this.like = operator == Operator.LIKE || operator == Operator.NOT_LIKE ? LikePattern.compile(text) : null;
        this.needle = text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(JsonNode record) {
        return JsonPathWalker.anyMatch(record, segments, this::testValue);
    }

    @Override
    public void visitPaths(Consumer<String> visitor) {
        visitor.accept(path);
    }

    private boolean testValue(JsonNode node) {
        boolean absent = node.isMissingNode() || node.isNull();
        Literal first = values.get(0);
        return switch (operator) {
            case EQ -> first instanceof Literal.Null ? absent : !absent && cmp(first, node) == 0;
            case NE -> first instanceof Literal.Null ? !absent : !absent && cmp(first, node) != 0 && cmp(first, node) != 2;
            case LT -> !absent && cmp(first, node) == -1;
            case LE -> !absent && (cmp(first, node) == -1 || cmp(first, node) == 0);
            case GT -> !absent && cmp(first, node) == 1;
            case GE -> !absent && (cmp(first, node) == 1 || cmp(first, node) == 0);
            case LIKE -> !absent && node.isValueNode() && like.matches(node.asText());
            case NOT_LIKE -> !absent && node.isValueNode() && !like.matches(node.asText());
            case CONTAINS -> !absent && node.isValueNode() && node.asText().toLowerCase(Locale.ROOT).contains(needle);
            case NOT_CONTAINS -> !absent && node.isValueNode() && !node.asText().toLowerCase(Locale.ROOT).contains(needle);
            case IN -> inList(node, absent);
            case NOT_IN -> !absent && !inList(node, false);
        };
    }

    private boolean inList(JsonNode node, boolean absent) {
        for (Literal value : values) {
            if (value instanceof Literal.Null ? absent : !absent && cmp(value, node) == 0) {
                return true;
            }
        }
        return false;
    }

    /** @return -1, 0 or 1, or 2 when the value cannot be compared with the literal */
    private static int cmp(Literal literal, JsonNode node) {
        Integer result = literal.compare(node);
        return result == null ? 2 : result;
    }

    @Override
    public String toString() {
        return path + " " + operator.symbol() + " " + values;
    }
}
