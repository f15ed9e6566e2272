package io.screenpop.sandbox.api;

import java.util.NavigableMap;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.error.CwApiException;
import io.screenpop.sandbox.error.CwResponses;
import io.screenpop.sandbox.query.ListQuery;
import io.screenpop.sandbox.query.Page;
import io.screenpop.sandbox.query.RecordQuery;
import io.screenpop.sandbox.store.CollectionSpec;

/** Answers list and count calls for any set of records: parses the query, checks fields, pages, trims. */
final class ListResponses {

    static final String PAGINATION_TYPE = "pagination-type";
    static final String FORWARD_ONLY = "forward-only";

    private ListResponses() {
    }

    /** @return the page as a JSON array, with a {@code Link} header while more pages exist */
    static Response list(NavigableMap<Long, ObjectNode> records, CollectionSpec spec, UriInfo uri, String paginationType) {
        ListQuery query = query(spec, uri, paginationType);
        Page page = RecordQuery.run(records, query);
        ArrayNode body = JsonNodeFactory.instance.arrayNode(page.items().size());
        for (ObjectNode record : page.items()) {
            body.add(query.fields() == null ? record : query.fields().project(record));
        }
        String link = query.forwardOnly()
                ? LinkHeader.forwardOnly(uri.getRequestUri(), page)
                : LinkHeader.navigable(uri.getRequestUri(), query.page(), page);
        Response.ResponseBuilder response = CwResponses.builder(200, body);
        if (link != null) {
            response.header("Link", link);
        }
        return response.build();
    }

    /** @return {@code {"count": N}} of records matching conditions and childConditions */
    static Response count(NavigableMap<Long, ObjectNode> records, CollectionSpec spec, UriInfo uri) {
        ListQuery query = query(spec, uri, null);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("count", RecordQuery.count(records, query));
        return CwResponses.json(200, body);
    }

    private static ListQuery query(CollectionSpec spec, UriInfo uri, String paginationType) {
        ListQuery query = ListQuery.parse(uri.getQueryParameters(), FORWARD_ONLY.equalsIgnoreCase(paginationType));
        query.visitPaths(path -> {
            String field = path.split("/")[0];
            if (!spec.knows(field)) {
                throw CwApiException.invalid("Unknown field '" + field + "' in conditions or orderBy of " + spec.resource());
            }
        });
        return query;
    }
}
