package io.screenpop.sandbox.query;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs a {@link ListQuery} over records sorted by id: filtering, ordering and either paging style. */
public final class RecordQuery {

    private RecordQuery() {
    }

    /** @return the requested page */
    public static Page run(NavigableMap<Long, ObjectNode> records, ListQuery query) {
        if (query.forwardOnly()) {
            return forwardOnly(records, query);
        }
        return query.order() == null ? byId(records, query) : sorted(records, query);
    }

    /** @return the number of records matching the query's conditions */
    public static long count(NavigableMap<Long, ObjectNode> records, ListQuery query) {
        long count = 0;
        for (ObjectNode record : records.values()) {
            if (query.matches(record)) {
                count++;
            }
        }
        return count;
    }

    private static Page forwardOnly(NavigableMap<Long, ObjectNode> records, ListQuery query) {
        NavigableMap<Long, ObjectNode> source = query.pageId() == null ? records : records.tailMap(query.pageId(), false);
        List<ObjectNode> items = new ArrayList<>(Math.min(query.pageSize(), 64));
        boolean more = false;
        for (ObjectNode record : source.values()) {
            if (!query.matches(record)) {
                continue;
            }
            if (items.size() == query.pageSize()) {
                more = true;
                break;
            }
            items.add(record);
        }
        return new Page(items, more, 0);
    }

    private static Page byId(NavigableMap<Long, ObjectNode> records, ListQuery query) {
        long skip = (long) (query.page() - 1) * query.pageSize();
        List<ObjectNode> items = new ArrayList<>(Math.min(query.pageSize(), 64));
        long matched = 0;
        for (ObjectNode record : records.values()) {
            if (!query.matches(record)) {
                continue;
            }
            if (matched >= skip && items.size() < query.pageSize()) {
                items.add(record);
            }
            matched++;
        }
        return page(items, matched, skip, query.pageSize());
    }

    private static Page sorted(NavigableMap<Long, ObjectNode> records, ListQuery query) {
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode record : records.values()) {
            if (query.matches(record)) {
                all.add(record);
            }
        }
        all.sort(query.order().comparator());
        long skip = (long) (query.page() - 1) * query.pageSize();
        List<ObjectNode> items = skip >= all.size() ? List.of()
                : new ArrayList<>(all.subList((int) skip, (int) Math.min(all.size(), skip + query.pageSize())));
        return page(items, all.size(), skip, query.pageSize());
    }

    private static Page page(List<ObjectNode> items, long matched, long skip, int pageSize) {
        int lastPage = (int) Math.max(1, (matched + pageSize - 1) / pageSize);
        return new Page(items, matched > skip + items.size() && !items.isEmpty(), lastPage);
    }
}
