package io.screenpop.sandbox.store;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The records of one collection, sorted by id, with auto-increment ids. Stored nodes are never
 * modified in place (writers store a fresh copy), so readers may use them without locking but must
 * not modify them. Writes are serialised by {@link SandboxStore}.
 */
public final class JsonCollection {

    private final CollectionSpec spec;
    private final ConcurrentSkipListMap<Long, ObjectNode> records = new ConcurrentSkipListMap<>();
    private final NavigableMap<Long, ObjectNode> view = Collections.unmodifiableNavigableMap(records);
    private final AtomicLong lastId = new AtomicLong();

    JsonCollection(CollectionSpec spec) {
        this.spec = spec;
    }

    /** @return what this collection is */
    public CollectionSpec spec() {
        return spec;
    }

    /** @return a read-only live view by id; do not modify the nodes */
    public NavigableMap<Long, ObjectNode> records() {
        return view;
    }

    /** @return the stored record (read-only) or null */
    public ObjectNode get(long id) {
        return records.get(id);
    }

    /** @return number of records */
    public int size() {
        return records.size();
    }

    long nextId() {
        return lastId.incrementAndGet();
    }

    void store(long id, ObjectNode record) {
        records.put(id, record);
        lastId.accumulateAndGet(id, Math::max);
    }

    boolean remove(long id) {
        return records.remove(id) != null;
    }

    void clear() {
        records.clear();
        lastId.set(0);
    }
}
