package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

/** Small reads of nested JSON fields by ConnectWise field path ({@code board/id}). */
final class JsonNodes {

    private JsonNodes() {
    }

    /** @return the node at a {@code /}-separated field path, or a missing node */
    static JsonNode at(JsonNode record, String path) {
        JsonNode node = record;
        for (String part : path.split("/")) {
            node = node.path(part);
        }
        return node;
    }
}
