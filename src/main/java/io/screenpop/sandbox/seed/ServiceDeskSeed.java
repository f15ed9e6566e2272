package io.screenpop.sandbox.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.store.RecordInfo;
import io.screenpop.sandbox.store.SandboxCollections;

/**
 * The service desk of the demo MSP: members (technicians, one inactive, one API member), priorities
 * with colours, boards (Help Desk, Projects, an inactive Old Queue) with their statuses (New, In
 * Progress, Waiting, Closed; Closed flagged {@code closedStatus}) and types, and open and closed tickets
 * of ACME Corporation and Globex UK assigned to members. The ids below are stable for tests.
 */
final class ServiceDeskSeed {

    /** Tina Lopez, Service Desk Lead. */
    static final long TLOPEZ = 1;
    /** Marcus Chen. */
    static final long MCHEN = 2;
    /** Priya Patel. */
    static final long PPATEL = 3;

    private static final Instant ENTERED = Instant.parse("2025-04-01T08:00:00Z");
    private static final String[][] MEMBERS = {
        {"tlopez", "Tina", "Lopez", "Service Desk Lead", "F", "false"},
        {"mchen", "Marcus", "Chen", "Technician", "F", "false"},
        {"ppatel", "Priya", "Patel", "Network Engineer", "F", "false"},
        {"dokafor", "Daniel", "Okafor", "Technician", "F", "false"},
        {"kjones", "Kim", "Jones", "Technician (left)", "F", "true"},
        {"screenpopapi", "Screenpop", "API", "API member", "A", "false"},
    };
    /**
     * Members' e-mail fields (schema {@code Member}: primaryEmail, officeEmail, mobileEmail, homeEmail;
     * defaultEmail names which one is the default): Tina by her primary address (in mixed case), Marcus
     * by his office address only, Priya's mobile address and Daniel's home address match no sign-in.
     */
    private static final String[][] MEMBER_EMAILS = {
        {"primaryEmail", "Tina.Lopez@MSP.example", "officeEmail", "tina.lopez@msp.example", "defaultEmail", "Office"},
        {"officeEmail", "marcus.chen@msp.example", "defaultEmail", "Office"},
        {"primaryEmail", "priya.patel@msp.example", "mobileEmail", "priya@mobile.example", "defaultEmail", "Mobile"},
        {"homeEmail", "dan.okafor@home.example", "defaultEmail", "Home"},
        {"primaryEmail", "kim.jones@msp.example"},
        {"primaryEmail", "api@msp.example"},
    };
    private static final String[][] PRIORITIES = {
        {"Priority 1 - Emergency Response", "Red"},
        {"Priority 2 - Quick Response", "Orange"},
        {"Priority 3 - Normal Response", "Green"},
        {"Priority 4 - Schedule Maintenance", "Blue"},
        {"Do Not Respond", "Gray"},
    };
    private static final int DEFAULT_PRIORITY = 3;
    private static final String[] STATUSES = {"New", "In Progress", "Waiting", "Closed"};

    private final Map<Long, ObjectNode> members = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> priorities = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> boards = new LinkedHashMap<>();
    private final List<ObjectNode> statuses = new ArrayList<>();
    private final List<ObjectNode> types = new ArrayList<>();
    private final List<ObjectNode> tickets = new ArrayList<>();
    private final List<ObjectNode> companies;
    private final List<ObjectNode> contacts;

    private ServiceDeskSeed(List<ObjectNode> companies, List<ObjectNode> contacts) {
        this.companies = companies;
        this.contacts = contacts;
    }

    /**
     * @param companies the fixture companies (tickets reference them)
     * @param contacts  the fixture contacts
     * @return collection path → records in id order
     */
    static Map<String, List<ObjectNode>> all(List<ObjectNode> companies, List<ObjectNode> contacts) {
        return new ServiceDeskSeed(companies, contacts).build();
    }

    private Map<String, List<ObjectNode>> build() {
        for (int i = 0; i < MEMBERS.length; i++) {
            String[] m = MEMBERS[i];
            members.put(i + 1L, record(i + 1, "identifier", m[0]).put("firstName", m[1]).put("lastName", m[2])
                    .put("title", m[3]).put("licenseClass", m[4]).put("inactiveFlag", Boolean.parseBoolean(m[5])));
            for (int f = 0; f < MEMBER_EMAILS[i].length; f += 2) {
                members.get(i + 1L).put(MEMBER_EMAILS[i][f], MEMBER_EMAILS[i][f + 1]);
            }
        }
        for (int i = 0; i < PRIORITIES.length; i++) {
            priorities.put(i + 1L, record(i + 1, "name", PRIORITIES[i][0]).put("color", PRIORITIES[i][1])
                    .put("sortOrder", i + 1).put("defaultFlag", i + 1 == DEFAULT_PRIORITY));
        }
        board(1, "Help Desk", false, "Incident", "Service Request");
        board(2, "Projects", false, "Project Task");
        board(3, "Old Queue", true, "Incident");

        ticket(1, Fixtures.ACME, Fixtures.JANE_DOE, "Printer on 2nd floor offline", 1, "In Progress", 3, TLOPEZ, null);
        ticket(2, Fixtures.ACME, Fixtures.JOHN_SMITH, "New laptop for John Smith", 2, "New", 4, MCHEN, null);
        ticket(3, Fixtures.ACME, Fixtures.JANE_DOE, "Email bouncing for sales@acme.example", 1, "Closed", 2, TLOPEZ, null);
        ticket(4, Fixtures.ACME, Fixtures.JANE_DOE, "VPN drops every hour", 1, "Waiting", 2, MCHEN, "mchen, tlopez");
        ticket(5, Fixtures.GLOBEX_UK, Fixtures.NIGEL, "Server room temperature alarm", 1, "New", 1, PPATEL, null);
        ticket(6, Fixtures.GLOBEX_UK, Fixtures.NIGEL, "Renew SSL certificate", 1, "Closed", 3, PPATEL, null);

        Map<String, List<ObjectNode>> out = new LinkedHashMap<>();
        out.put(SandboxCollections.MEMBERS, List.copyOf(members.values()));
        out.put(SandboxCollections.PRIORITIES, List.copyOf(priorities.values()));
        out.put(SandboxCollections.BOARDS, List.copyOf(boards.values()));
        out.put(SandboxCollections.BOARD_STATUSES, statuses);
        out.put(SandboxCollections.BOARD_TYPES, types);
        out.put(SandboxCollections.TICKETS, tickets);
        return out;
    }

    private void board(long id, String name, boolean inactive, String... typeNames) {
        ObjectNode board = record(id, "name", name).put("inactiveFlag", inactive).put("projectFlag", false);
        boards.put(id, board);
        for (int i = 0; i < STATUSES.length && (!inactive || i == 0); i++) {
            ObjectNode status = record(statuses.size() + 1, "name", STATUSES[i]);
            status.set("board", ref(board, "name"));
            status.put("sortOrder", i).put("displayOnBoard", true).put("inactive", false)
                    .put("closedStatus", STATUSES[i].equals("Closed")).put("defaultFlag", i == 0);
            statuses.add(status);
        }
        for (int i = 0; i < typeNames.length; i++) {
            ObjectNode type = record(types.size() + 1, "name", typeNames[i]).put("category", "Reactive")
                    .put("defaultFlag", i == 0).put("inactiveFlag", false);
            type.set("board", ref(board, "name"));
            types.add(type);
        }
    }

    private void ticket(long id, long companyId, long contactId, String summary, long boardId, String statusName,
            long priorityId, long ownerId, String resources) {
        ObjectNode board = boards.get(boardId);
        ObjectNode status = statuses.stream().filter(s -> s.path("board").path("id").asLong() == boardId
                && s.path("name").asText().equals(statusName)).findFirst().orElseThrow();
        ObjectNode type = types.stream().filter(t -> t.path("board").path("id").asLong() == boardId).findFirst().orElseThrow();
        ObjectNode company = find(companies, companyId);
        ObjectNode contact = find(contacts, contactId);
        ObjectNode owner = members.get(ownerId);
        ObjectNode priority = priorities.get(priorityId);
        Instant entered = ENTERED.plusSeconds(id * 86_400);

        ObjectNode t = node(id);
        t.put("summary", summary).put("recordType", "ServiceTicket");
        t.set("board", ref(board, "name"));
        t.set("status", ref(status, "name"));
        t.set("type", ref(type, "name"));
        ObjectNode companyRef = ref(company, "identifier");
        companyRef.set("name", company.get("name"));
        t.set("company", companyRef);
        ObjectNode contactRef = t.putObject("contact");
        contactRef.put("id", contactId);
        contactRef.put("name", contact.path("firstName").asText() + " " + contact.path("lastName").asText());
        t.set("contactName", contactRef.get("name"));
        ObjectNode ownerRef = ref(owner, "identifier");
        ownerRef.put("name", owner.path("firstName").asText() + " " + owner.path("lastName").asText());
        t.set("owner", ownerRef);
        ObjectNode priorityRef = ref(priority, "name");
        priorityRef.put("sort", priority.path("sortOrder").asInt());
        t.set("priority", priorityRef);
        t.put("resources", resources == null ? owner.path("identifier").asText() : resources);
        boolean closed = status.path("closedStatus").asBoolean();
        t.put("closedFlag", closed);
        if (closed) {
            t.put("closedDate", RecordInfo.format(entered.plusSeconds(7200)));
        }
        info(t, entered);
        tickets.add(t);
    }

    private static ObjectNode find(List<ObjectNode> records, long id) {
        return records.stream().filter(r -> r.path("id").asLong() == id).findFirst().orElseThrow();
    }

    private static ObjectNode ref(ObjectNode target, String field) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("id", target.get("id").asLong());
        ref.set(field, target.get(field));
        return ref;
    }

    private static ObjectNode record(long id, String field, String value) {
        ObjectNode r = node(id);
        r.put(field, value);
        info(r, ENTERED);
        return r;
    }

    private static ObjectNode node(long id) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("id", id);
        return r;
    }

    private static void info(ObjectNode r, Instant entered) {
        r.remove("_info");
        ObjectNode info = r.putObject("_info");
        info.put("lastUpdated", RecordInfo.format(entered));
        info.put("dateEntered", RecordInfo.format(entered));
    }
}
