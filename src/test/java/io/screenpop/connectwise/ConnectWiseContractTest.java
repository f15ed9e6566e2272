package io.screenpop.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.connectwise.model.CommunicationItem;
import io.screenpop.connectwise.model.NewContact;
import io.screenpop.connectwise.model.PatchOperation;
import io.screenpop.connectwise.model.Reference;

/** The vendored official schemas catch what the contract filter is there to catch. */
class ConnectWiseContractTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCommunicationItemIsSentWithoutTheNumberProperty() throws Exception {
        CommunicationItem item = new CommunicationItem(null, Reference.ofId(2), "(408) 555-0101", null, false, "Phone");
        String body = json.writeValueAsString(item);
        assertTrue(!body.contains("\"number\""), body);
        assertEquals(List.of(), ManageSchemas.violations("POST", "/company/contacts/5/communications", json.readTree(body)));
        NewContact contact = new NewContact("Dana", "Reyes", Reference.ofId(1), List.of(item));
        assertEquals(List.of(), ManageSchemas.violations("POST", "/company/contacts", json.valueToTree(contact)));
    }

    @Test
    void anUnknownPropertyIsAViolation() throws Exception {
        List<String> violations = ManageSchemas.violations("POST", "/company/contacts/5/communications",
                json.readTree("{\"value\":\"4085550101\",\"number\":true}"));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("number"), violations.toString());
    }

    @Test
    void aMissingRequiredPropertyIsAViolation() throws Exception {
        assertTrue(ManageSchemas.violations("POST", "/service/tickets", json.readTree("{\"company\":{\"id\":1}}"))
                .stream().anyMatch(v -> v.contains("summary")));
        assertTrue(ManageSchemas.violations("POST", "/time/entries", json.readTree("{\"chargeToId\":1}"))
                .stream().anyMatch(v -> v.contains("timeStart")));
    }

    @Test
    void patchBodiesAreArraysOfOperations() {
        assertEquals(List.of(), ManageSchemas.violations("PATCH", "/service/tickets/7",
                json.valueToTree(List.of(PatchOperation.replace("status", Reference.ofId(3))))));
        assertTrue(!ManageSchemas.violations("PATCH", "/service/tickets/7",
                json.valueToTree(List.of(java.util.Map.of("op", "replace", "paht", "status")))).isEmpty());
    }

    @Test
    void aWriteWithoutAKnownSchemaIsAViolation() {
        assertTrue(!ManageSchemas.violations("POST", "/company/configurations", json.createObjectNode()).isEmpty());
    }
}
