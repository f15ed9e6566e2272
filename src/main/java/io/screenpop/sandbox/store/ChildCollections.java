package io.screenpop.sandbox.store;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.error.CwApiException;

/**
 * Sub-collections served under a parent record, e.g. {@code service/tickets/{parentId}/notes}. Their
 * records live in one flat collection of {@link SandboxCollections#ALL} and point at their parent
 * through a field ({@code ticketId}, {@code board/id}); a new record is linked to the parent of its URL.
 */
@ApplicationScoped
public class ChildCollections {

    /**
     * One sub-collection.
     *
     * @param parent      the parent collection, e.g. {@code service/tickets}
     * @param name        the last path segment, e.g. {@code notes}
     * @param collection  the flat collection holding the records, e.g. {@link SandboxCollections#TICKET_NOTES}
     * @param parentField the field naming the parent: {@code ticketId} (a number) or {@code board/id} (a reference)
     */
    public record Child(String parent, String name, String collection, String parentField) {

        boolean belongsTo(JsonNode record, long parentId) {
            return JsonNodes.at(record, parentField).asLong(-1) == parentId;
        }

        void link(ObjectNode record, long parentId) {
            String[] path = parentField.split("/");
            ObjectNode target = record;
            for (int i = 0; i < path.length - 1; i++) {
                target = target.putObject(path[i]);
            }
            target.put(path[path.length - 1], parentId);
        }
    }

    /** Every served sub-collection. */
    public static final List<Child> ALL = List.of(
            new Child(SandboxCollections.TICKETS, "notes", SandboxCollections.TICKET_NOTES, "ticketId"),
            new Child(SandboxCollections.BOARDS, "statuses", SandboxCollections.BOARD_STATUSES, "board/id"),
            new Child(SandboxCollections.BOARDS, "types", SandboxCollections.BOARD_TYPES, "board/id"));

    private final SandboxStore store;

    /** @param store the sandbox data */
    @Inject
    public ChildCollections(SandboxStore store) {
        this.store = store;
    }

    /** @return the sub-collection {@code name} of {@code parent}, if served */
    public static Optional<Child> find(String parent, String name) {
        return ALL.stream().filter(c -> c.parent().equals(parent) && c.name().equals(name)).findFirst();
    }

    /** @return the spec of the flat collection behind a sub-collection */
    public CollectionSpec spec(Child child) {
        return store.require(child.collection()).spec();
    }

    /** @return the parent's records by id. @throws CwApiException 404 when the parent does not exist */
    public NavigableMap<Long, ObjectNode> list(Child child, long parentId) {
        requireParent(child, parentId);
        NavigableMap<Long, ObjectNode> found = new TreeMap<>();
        store.require(child.collection()).records().forEach((id, record) -> {
            if (child.belongsTo(record, parentId)) {
                found.put(id, record);
            }
        });
        return found;
    }

    /** @return one record of the parent. @throws CwApiException 404 */
    public ObjectNode get(Child child, long parentId, long id) {
        ObjectNode found = list(child, parentId).get(id);
        if (found == null) {
            throw CwApiException.notFound(spec(child).resource(), id);
        }
        return found;
    }

    /** Creates a record linked to the parent; 404 when the parent does not exist. @return a copy of it */
    public ObjectNode create(Child child, long parentId, JsonNode body) {
        requireParent(child, parentId);
        if (body == null || !body.isObject()) {
            throw CwApiException.invalid("The request body must be a JSON object");
        }
        ObjectNode record = ((ObjectNode) body).deepCopy();
        child.link(record, parentId);
        return store.create(child.collection(), record);
    }

    private void requireParent(Child child, long parentId) {
        JsonCollection parent = store.require(child.parent());
        if (parent.get(parentId) == null) {
            throw CwApiException.notFound(parent.spec().resource(), parentId);
        }
    }
}
