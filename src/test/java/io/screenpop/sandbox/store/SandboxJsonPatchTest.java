package io.screenpop.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.screenpop.sandbox.error.CwApiException;

class SandboxJsonPatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void appliesReplaceAddRemoveOnNestedPathsAndArrays() throws Exception {
        ObjectNode record = (ObjectNode) json("{'id':1,'name':'a','company':{'id':2},'items':[{'v':'x'},{'v':'y'}],'a~b/c':1}");
        JsonPatch.apply(record, json("""
                [{'op':'replace','path':'name','value':'b'},
                 {'op':'replace','path':'/company/id','value':3},
                 {'op':'add','path':'billingTerms/id','value':7},
                 {'op':'add','path':'items/-','value':{'v':'z'}},
                 {'op':'add','path':'items/0','value':{'v':'w'}},
                 {'op':'Replace','path':'items/1/v','value':'X'},
                 {'op':'remove','path':'/items/2'},
                 {'op':'remove','path':'a~0b~1c'},
                 {'op':'remove','path':'missing'}]"""));
        assertEquals(json("{'id':1,'name':'b','company':{'id':3},'items':[{'v':'w'},{'v':'X'},{'v':'z'}],'billingTerms':{'id':7}}"), record);
        assertEquals(java.util.List.of("name", "company"), JsonPatch.topLevelFields(json("[{'op':'add','path':'/name','value':1},{'op':'remove','path':'company/id'}]")));
    }

    @Test
    void rejectsMalformedPatches() throws Exception {
        ObjectNode record = (ObjectNode) json("{'items':[1],'name':'x'}");
        for (String bad : new String[] {"{}", "[]", "[{'op':'replace'}]", "[{'op':'test','path':'name','value':1}]",
                "[{'op':'replace','path':'name'}]", "[{'op':'replace','path':'items/5','value':1}]",
                "[{'op':'replace','path':'/','value':1}]", "[{'op':'add','path':'name/x','value':1}]"}) {
            assertThrows(CwApiException.class, () -> JsonPatch.apply(record, json(bad)), bad);
        }
    }
}
