package io.screenpop.sandbox.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.screenpop.sandbox.store.DefaultPhone;
import io.screenpop.sandbox.store.RecordInfo;

/**
 * Builds seed records in ConnectWise's wire shape. Reference nodes (type, status, country, company
 * references) are shared between records to keep 100,000 contacts small; the store never modifies
 * stored nodes in place, so sharing is safe. Communication item ids are assigned in creation order.
 */
final class SeedRecords {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> typeRefs = new HashMap<>();
    private final Map<String, TextNode> words = new HashMap<>();
    private final ObjectNode active = reference(1, "name", "Active");
    private final ObjectNode inactive = reference(2, "name", "Inactive");
    private final ObjectNode unitedStates = reference(1, "name", "United States");
    private final ObjectNode unitedKingdom = reference(2, "name", "United Kingdom");
    private final ArrayNode clientType = F.arrayNode().add(reference(1, "name", "Client"));
    private long itemId;

    /** @param types the seeded communication types (id, description) */
    SeedRecords(List<ObjectNode> types) {
        for (ObjectNode type : types) {
            typeRefs.put(type.get("description").asText(), reference(type.get("id").asLong(), "name", type.get("description").asText()));
        }
    }

    /** A Company record. {@code fax} and {@code website} may be null. */
    ObjectNode company(long id, String name, String identifier, Address address, String phone, String fax,
            String website, boolean activeStatus, Instant entered, Instant updated) {
        ObjectNode c = object(20);
        c.put("id", id);
        c.put("identifier", identifier);
        c.put("name", name);
        c.set("status", activeStatus ? active : inactive);
        c.put("addressLine1", address.line1());
        if (address.line2() != null) {
            c.put("addressLine2", address.line2());
        }
        c.put("city", address.city());
        c.put("state", address.state());
        c.put("zip", address.zip());
        c.set("country", address.uk() ? unitedKingdom : unitedStates);
        if (phone != null) {
            c.put("phoneNumber", phone);
        }
        if (fax != null) {
            c.put("faxNumber", fax);
        }
        if (website != null) {
            c.put("website", website);
        }
        c.set("types", clientType);
        c.put("deletedFlag", false);
        info(c, entered, updated);
        return c;
    }

    /** @return a CompanyReference {@code {id, identifier, name}} to share among a company's contacts */
    ObjectNode companyRef(ObjectNode company) {
        ObjectNode ref = object(3);
        ref.set("id", company.get("id"));
        ref.set("identifier", company.get("identifier"));
        ref.set("name", company.get("name"));
        return ref;
    }

    /** A Contact record; {@code companyRef} and {@code title} may be null. */
    ObjectNode contact(long id, String first, String last, ObjectNode companyRef, String title, boolean inactiveFlag,
            List<ObjectNode> items, Instant entered, Instant updated) {
        ObjectNode c = object(11);
        c.put("id", id);
        c.set("firstName", word(first));
        c.set("lastName", word(last));
        if (companyRef != null) {
            c.set("company", companyRef);
        }
        if (title != null) {
            c.set("title", word(title));
        }
        c.put("inactiveFlag", inactiveFlag);
        c.set("communicationItems", new ArrayNode(F, new ArrayList<>(items)));
        DefaultPhone.apply(c);
        info(c, entered, updated);
        return c;
    }

    /** A communication item of type {@code typeName} (Direct, Cell, Fax, Email ...); extension may be null. */
    ObjectNode item(String typeName, String value, String extension, boolean defaultFlag) {
        ObjectNode type = typeRefs.get(typeName);
        if (type == null) {
            throw new IllegalArgumentException("No communication type " + typeName);
        }
        ObjectNode item = object(extension == null ? 5 : 6);
        item.put("id", ++itemId);
        item.set("type", type);
        item.put("value", value);
        if (extension != null) {
            item.put("extension", extension);
        }
        item.put("defaultFlag", defaultFlag);
        item.set("communicationType", word(switch (typeName) {
            case "Email" -> "Email";
            case "Fax" -> "Fax";
            default -> "Phone";
        }));
        return item;
    }

    /** @return the highest communication item id handed out */
    long lastItemId() {
        return itemId;
    }

    /** @return a shared node for text repeated across many records (names, titles) */
    private TextNode word(String text) {
        return words.computeIfAbsent(text, TextNode::valueOf);
    }

    private static ObjectNode object(int fields) {
        return new ObjectNode(F, new CompactFields(fields));
    }

    private static void info(ObjectNode record, Instant entered, Instant updated) {
        ObjectNode info = object(2);
        record.set("_info", info);
        info.put("lastUpdated", RecordInfo.format(updated));
        info.put("dateEntered", RecordInfo.format(entered));
    }

    private static ObjectNode reference(long id, String field, String value) {
        ObjectNode ref = object(2);
        ref.put("id", id);
        ref.put(field, value);
        return ref;
    }
}
