package io.screenpop.sandbox.seed;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The initial sandbox data, each list in id order.
 *
 * @param lastCommunicationItemId highest id used by contacts' communication items
 * @param referenceData setup tables (billing terms, tax codes, locations, countries) by collection path
 */
public record SeedData(List<ObjectNode> communicationTypes, List<ObjectNode> companies, List<ObjectNode> contacts,
        long lastCommunicationItemId, Map<String, List<ObjectNode>> referenceData) {
}
