package io.screenpop.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives a contact's {@code defaultPhoneType}, {@code defaultPhoneNbr} and {@code defaultPhoneExtension}
 * from its communication items: the Phone item flagged default, else the first Phone item.
 */
public final class DefaultPhone {

    private DefaultPhone() {
    }

    /** Sets (or removes, when the contact has no phone item) the three default-phone fields. */
    public static void apply(ObjectNode contact) {
        JsonNode chosen = null;
        for (JsonNode item : contact.path("communicationItems")) {
            if (!"Phone".equals(item.path("communicationType").asText())) {
                continue;
            }
            if (chosen == null) {
                chosen = item;
            }
            if (item.path("defaultFlag").asBoolean(false)) {
                chosen = item;
                break;
            }
        }
        contact.remove("defaultPhoneType");
        contact.remove("defaultPhoneNbr");
        contact.remove("defaultPhoneExtension");
        if (chosen != null) {
            contact.set("defaultPhoneType", chosen.path("type").get("name"));
            contact.set("defaultPhoneNbr", chosen.get("value"));
            if (chosen.hasNonNull("extension")) {
                contact.set("defaultPhoneExtension", chosen.get("extension"));
            }
        }
    }
}
