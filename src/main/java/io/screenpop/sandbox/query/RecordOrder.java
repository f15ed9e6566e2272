package io.screenpop.sandbox.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.conditions.JsonPathWalker;
import io.screenpop.sandbox.error.CwApiException;

/**
 * The {@code orderBy} parameter: {@code field [asc|desc]} items separated by commas, e.g.
 * {@code lastName asc, firstName desc}. Numbers compare numerically, text case-insensitively,
 * missing values first; ties are broken by id ascending.
 */
public final class RecordOrder {

    private record Key(String path, String[] segments, boolean descending) {
    }

    private final List<Key> keys;

    private RecordOrder(List<Key> keys) {
        this.keys = keys;
    }

    /**
     * @return the order, or null for the default (id ascending)
     * @throws CwApiException 400 when the text is malformed
     */
    public static RecordOrder parse(String orderBy) {
        if (orderBy == null || orderBy.isBlank()) {
            return null;
        }
        List<Key> keys = new ArrayList<>();
        for (String item : orderBy.split(",")) {
            String[] words = item.trim().split("\\s+");
            if (words.length == 0 || words.length > 2 || words[0].isEmpty() || !words[0].matches("[A-Za-z_][A-Za-z0-9_/]*")) {
                throw CwApiException.invalid("The orderBy parameter is invalid: '" + item.trim() + "'");
            }
            String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw CwApiException.invalid("The orderBy parameter is invalid: direction must be asc or desc, not '" + words[1] + "'");
            }
            keys.add(new Key(words[0], words[0].split("/"), direction.equals("desc")));
        }
        if (keys.size() == 1 && keys.get(0).path().equals("id") && !keys.get(0).descending()) {
            return null;
        }
        return new RecordOrder(keys);
    }

    /** Reports each ordered field path. */
    public void visitPaths(Consumer<String> visitor) {
        keys.forEach(k -> visitor.accept(k.path()));
    }

    /** @return a comparator for records */
    public Comparator<ObjectNode> comparator() {
        Comparator<ObjectNode> result = null;
        for (Key key : keys) {
            Comparator<ObjectNode> next = (a, b) -> compareValues(
                    JsonPathWalker.first(a, key.segments()), JsonPathWalker.first(b, key.segments()));
            if (key.descending()) {
                next = next.reversed();
            }
            result = result == null ? next : result.thenComparing(next);
        }
        Comparator<ObjectNode> byId = Comparator.comparingLong(r -> r.path("id").asLong());
        return result == null ? byId : result.thenComparing(byId);
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        boolean aAbsent = a.isMissingNode() || a.isNull();
        boolean bAbsent = b.isMissingNode() || b.isNull();
        if (aAbsent || bAbsent) {
            return Boolean.compare(!aAbsent, !bAbsent);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.booleanValue(), b.booleanValue());
        }
        return a.asText().compareToIgnoreCase(b.asText());
    }
}
