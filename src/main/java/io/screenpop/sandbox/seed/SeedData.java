package io.screenpop.sandbox.seed;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The initial sandbox data, each list in id order.
 *
 * @param lastCommunicationItemId highest id used by contacts' communication items
 */
public record SeedData(List<ObjectNode> communicationTypes, List<ObjectNode> companies, List<ObjectNode> contacts,
        long lastCommunicationItemId) {
}
