package io.screenpop.sandbox.store;

import java.util.NavigableMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.error.CwApiException;

/**
 * {@code /company/contacts/{parentId}/communications}: a contact's communication items seen as
 * ContactCommunication records ({@code contactId} added). Adding one appends a single item and leaves
 * the others untouched, as ConnectWise does.
 */
@ApplicationScoped
public class ContactCommunications {

    private static final String RESOURCE = "contactCommunication";

    private final SandboxStore store;

    /** @param store the sandbox data */
    @Inject
    public ContactCommunications(SandboxStore store) {
        this.store = store;
    }

    /** @return the contact's items as ContactCommunication records by id. @throws CwApiException 404 */
    public NavigableMap<Long, ObjectNode> list(long contactId) {
        ObjectNode contact = contact(contactId);
        NavigableMap<Long, ObjectNode> items = new TreeMap<>();
        for (JsonNode item : contact.path("communicationItems")) {
            items.put(item.path("id").asLong(), asCommunication(contactId, item));
        }
        return items;
    }

    /** @return one communication of the contact. @throws CwApiException 404 */
    public ObjectNode get(long contactId, long id) {
        ObjectNode found = list(contactId).get(id);
        if (found == null) {
            throw CwApiException.notFound(RESOURCE, id);
        }
        return found;
    }

    /**
     * Appends one item (type filled in from {@code /company/communicationTypes} when only its id is
     * given) and bumps the contact's {@code _info/lastUpdated}.
     *
     * @param body a ContactCommunication
     * @return the new communication with its id and {@code contactId}
     */
    public ObjectNode add(long contactId, JsonNode body) {
        contact(contactId);
        ObjectNode copy = body != null && body.isObject() ? ((ObjectNode) body).deepCopy() : null;
        if (copy != null) {
            copy.remove("id");
        }
        ObjectNode item = CommunicationItems.normalize(copy, RESOURCE, store);
        store.update(SandboxCollections.CONTACTS, contactId, contact -> {
            JsonNode items = contact.get("communicationItems");
            ArrayNode array = items != null && items.isArray() ? (ArrayNode) items : contact.putArray("communicationItems");
            array.add(item);
        });
        return asCommunication(contactId, item);
    }

    private ObjectNode contact(long contactId) {
        return store.find(SandboxCollections.CONTACTS, contactId)
                .orElseThrow(() -> CwApiException.notFound("contact", contactId));
    }

    private static ObjectNode asCommunication(long contactId, JsonNode item) {
        ObjectNode communication = item.deepCopy();
        ObjectNode out = communication.objectNode();
        out.set("id", communication.get("id"));
        out.put("contactId", contactId);
        communication.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("id")) {
                out.set(f.getKey(), f.getValue());
            }
        });
        return out;
    }
}
