package io.screenpop.sandbox.store;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Completes the service-desk references of tickets, notes and time entries the way ConnectWise
 * returns them: members {@code {id, identifier, name}}, boards, statuses and types {@code {id, name}},
 * priorities {@code {id, name, sort}}. A reference may name its target by id or (members) identifier
 * or (statuses, priorities) name; an unknown target is a 400 naming the field.
 */
final class ServiceReferences {

    private ServiceReferences() {
    }

    /** Completes an optional member reference; a missing or empty one is removed. @return the member, or null */
    static ObjectNode member(ObjectNode record, String field, String resource, SandboxStore store) {
        JsonNode ref = record.get(field);
        if (ref == null || !ref.isObject() || (!ref.hasNonNull("id") && !ref.hasNonNull("identifier"))) {
            record.remove(field);
            return null;
        }
        ObjectNode member = records(store, SandboxCollections.MEMBERS)
                .filter(m -> matches(ref, m, "identifier")).findFirst()
                .orElseThrow(() -> FieldChecks.fieldError(resource, field, "InvalidField",
                        "The " + field + " " + describe(ref, "identifier") + " was not found."));
        ObjectNode out = record.putObject(field);
        out.put("id", member.get("id").asLong());
        out.set("identifier", member.get("identifier"));
        out.put("name", (member.path("firstName").asText("") + " " + member.path("lastName").asText("")).trim());
        return member;
    }

    /** Completes the ticket's board; without one, the first active board. @return the board */
    static ObjectNode board(ObjectNode record, String resource, SandboxStore store) {
        JsonNode ref = record.get("board");
        Optional<ObjectNode> board = ref == null || !ref.isObject() || (!ref.hasNonNull("id") && !ref.hasNonNull("name"))
                ? records(store, SandboxCollections.BOARDS).filter(b -> !b.path("inactiveFlag").asBoolean()).findFirst()
                : records(store, SandboxCollections.BOARDS).filter(b -> matches(ref, b, "name")).findFirst();
        ObjectNode found = board.orElseThrow(() -> FieldChecks.fieldError(resource, "board", "InvalidField",
                "The board " + (ref == null ? "" : describe(ref, "name") + " ") + "was not found."));
        named(record, "board", found);
        return found;
    }

    /**
     * Completes a child of the board (its {@code status} or {@code type}); without one, the board's
     * default. @return the child, or null when the board has none
     */
    static ObjectNode ofBoard(ObjectNode record, String field, String collection, long boardId, String boardName,
            String resource, SandboxStore store) {
        JsonNode ref = record.get(field);
        boolean given = ref != null && ref.isObject() && (ref.hasNonNull("id") || ref.hasNonNull("name"));
        Stream<ObjectNode> candidates = records(store, collection).filter(s -> s.path("board").path("id").asLong() == boardId);
        Optional<ObjectNode> found = given
                ? candidates.filter(s -> matches(ref, s, "name")).findFirst()
                : candidates.filter(s -> !s.path("inactive").asBoolean() && !s.path("inactiveFlag").asBoolean())
                        .min(Comparator.comparing((ObjectNode s) -> !s.path("defaultFlag").asBoolean())
                                .thenComparing(s -> s.path("sortOrder").asInt(Integer.MAX_VALUE)));
        if (found.isEmpty()) {
            if (given) {
                throw FieldChecks.fieldError(resource, field, "InvalidField",
                        "The " + field + " " + describe(ref, "name") + " is not valid for board " + boardName + ".");
            }
            record.remove(field);
            return null;
        }
        named(record, field, found.get());
        return found.get();
    }

    /** Completes the priority; without one, the default priority. */
    static void priority(ObjectNode record, String resource, SandboxStore store) {
        JsonNode ref = record.get("priority");
        boolean given = ref != null && ref.isObject() && (ref.hasNonNull("id") || ref.hasNonNull("name"));
        Optional<ObjectNode> found = given
                ? records(store, SandboxCollections.PRIORITIES).filter(p -> matches(ref, p, "name")).findFirst()
                : records(store, SandboxCollections.PRIORITIES).filter(p -> p.path("defaultFlag").asBoolean()).findFirst();
        if (found.isEmpty()) {
            if (given) {
                throw FieldChecks.fieldError(resource, "priority", "InvalidField",
                        "The priority " + describe(ref, "name") + " was not found.");
            }
            return;
        }
        named(record, "priority", found.get()).put("sort", found.get().path("sortOrder").asInt());
    }

    private static ObjectNode named(ObjectNode record, String field, ObjectNode target) {
        ObjectNode out = record.putObject(field);
        out.put("id", target.get("id").asLong());
        out.set("name", target.get("name"));
        return out;
    }

    private static Stream<ObjectNode> records(SandboxStore store, String collection) {
        return store.require(collection).records().values().stream();
    }

    private static boolean matches(JsonNode ref, JsonNode target, String keyField) {
        if (ref.hasNonNull("id")) {
            return ref.get("id").asLong() == target.path("id").asLong();
        }
        return target.path(keyField).asText("").toLowerCase(Locale.ROOT)
                .equals(ref.path(keyField).asText().toLowerCase(Locale.ROOT));
    }

    private static String describe(JsonNode ref, String keyField) {
        return ref.hasNonNull("id") ? "with id " + ref.get("id").asText() : "'" + ref.path(keyField).asText() + "'";
    }
}
