package io.screenpop.sandbox.query;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One page of a list result.
 *
 * @param items the records on this page (stored nodes: do not modify)
 * @param hasNext true when more matching records follow
 * @param lastPage navigable paging: number of the last page (at least 1)
 */
public record Page(List<ObjectNode> items, boolean hasNext, int lastPage) {

    /** @return id of the last record on the page, for forward-only paging; null when empty */
    public Long lastId() {
        return items.isEmpty() ? null : items.get(items.size() - 1).path("id").asLong();
    }
}
