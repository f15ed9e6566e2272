package io.screenpop.sandbox.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.store.RecordInfo;

/**
 * The communication types of the sandbox instance (schema {@code CommunicationType}), ids 1..8:
 * Direct, Cell, Mobile, Home, Phone, Fax, Email, Pager.
 */
final class CommunicationTypesSeed {

    private static final Instant ENTERED = Instant.parse("2019-03-01T08:00:00Z");

    private CommunicationTypesSeed() {
    }

    /** @return the eight types in id order */
    static List<ObjectNode> all() {
        List<ObjectNode> types = new ArrayList<>();
        types.add(type(1, "Direct", Kind.PHONE, true, "BusinessTelephoneNumber", "work", "work"));
        types.add(type(2, "Cell", Kind.PHONE, false, "MobileTelephoneNumber", "mobile", "mobile"));
        types.add(type(3, "Mobile", Kind.PHONE, false, "MobileTelephoneNumber", "mobile", "mobile"));
        types.add(type(4, "Home", Kind.PHONE, false, "HomeTelephoneNumber", "home", "home"));
        types.add(type(5, "Phone", Kind.PHONE, false, "Business2TelephoneNumber", "main", "main"));
        types.add(type(6, "Fax", Kind.FAX, true, "BusinessFaxNumber", "work fax", "fax_work"));
        types.add(type(7, "Email", Kind.EMAIL, true, "Email1Address", "work", "work"));
        types.add(type(8, "Pager", Kind.PHONE, false, "PagerNumber", "pager", "pager"));
        return types;
    }

    private enum Kind { PHONE, FAX, EMAIL }

    private static ObjectNode type(long id, String description, Kind kind, boolean defaultFlag, String exchange,
            String iphone, String android) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.put("id", id);
        t.put("description", description);
        t.put("phoneFlag", kind == Kind.PHONE);
        t.put("faxFlag", kind == Kind.FAX);
        t.put("emailFlag", kind == Kind.EMAIL);
        t.put("defaultFlag", defaultFlag);
        t.put("exchangeXref", exchange);
        t.put("iphoneXref", iphone);
        t.put("androidXref", android);
        if (kind != Kind.EMAIL) {
            t.put("googleXref", kind == Kind.FAX ? "work_fax" : iphone);
        }
        ObjectNode info = t.putObject("_info");
        info.put("lastUpdated", RecordInfo.format(ENTERED));
        info.put("dateEntered", RecordInfo.format(ENTERED));
        return t;
    }
}
