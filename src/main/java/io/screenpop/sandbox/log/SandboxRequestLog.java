package io.screenpop.sandbox.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The last {@value #CAPACITY} ConnectWise API calls the sandbox answered, oldest first, so tests can
 * assert which calls an action made. Thread-safe.
 */
@ApplicationScoped
public class SandboxRequestLog {

    /** Entries kept; older ones are dropped. */
    public static final int CAPACITY = 10_000;

    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

    /** Adds an entry, dropping the oldest beyond capacity. */
    public synchronized void record(RecordedRequest request) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    /** @return all entries, oldest first */
    public synchronized List<RecordedRequest> all() {
        return new ArrayList<>(entries);
    }

    /**
     * @param method HTTP method, or null for any
     * @param pathContains text the API-relative path must contain, or null for any
     * @return matching entries, oldest first
     */
    public synchronized List<RecordedRequest> find(String method, String pathContains) {
        List<RecordedRequest> found = new ArrayList<>();
        for (RecordedRequest r : entries) {
            if ((method == null || method.equalsIgnoreCase(r.method())) && (pathContains == null || r.path().contains(pathContains))) {
                found.add(r);
            }
        }
        return found;
    }

    /** @return number of matching entries (same filters as {@link #find}) */
    public int count(String method, String pathContains) {
        return find(method, pathContains).size();
    }

    /** Forgets all entries. */
    public synchronized void clear() {
        entries.clear();
    }
}
