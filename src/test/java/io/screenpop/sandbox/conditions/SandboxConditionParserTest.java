package io.screenpop.sandbox.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.connectwise.Conditions;

class SandboxConditionParserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNode JANE = json("""
            {"id": 1, "firstName": "Jane", "lastName": "O\\"Doe\\\\x", "inactiveFlag": false,
             "company": {"id": 250, "identifier": "AcmeCorp", "name": "100% Pure_IT [UK]"},
             "defaultPhoneNbr": null,
             "communicationItems": [
               {"id": 11, "type": {"id": 1, "name": "Direct"}, "value": "408.555.1213", "communicationType": "Phone"},
               {"id": 12, "type": {"id": 7, "name": "Email"}, "value": "jane.doe@acme.example", "communicationType": "Email"}],
             "_info": {"lastUpdated": "2025-06-01T12:00:00Z", "dateEntered": "2024-01-15T09:00:00Z"}}
            """);

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean eval(String conditions) {
        return ConditionParser.parse(conditions).test(JANE);
    }

    @Test
    void comparesNumbersBooleansAndNestedFields() {
        assertTrue(eval("company/id=250 and inactiveFlag=false"));
        assertTrue(eval("company/id >= 250 AND company/id < 251"));
        assertFalse(eval("company/id > 250"));
        assertTrue(eval("id in (3, 2, 1)"));
        assertFalse(eval("id not in (1,2)"));
        assertTrue(eval("company/id != 7"));
    }

    @Test
    void stringEqualityIsCaseInsensitive() {
        assertTrue(eval("firstName = \"JANE\""));
        assertTrue(eval("company/identifier = \"acmecorp\""));
        assertFalse(eval("firstName != \"jane\""));
        assertTrue(eval("firstName contains \"AN\""));
        assertFalse(eval("firstName not contains \"an\""));
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertTrue(eval("lastName = \"o\\\"doe\\\\X\""));
        // a literal built by the service's builder from hostile text parses and matches literally
        assertTrue(eval(Conditions.eq("lastName", "O\"Doe\\x").toString()));
        assertFalse(eval(Conditions.eq("lastName", "x\" or id > 0 or name = \"").toString()));
    }

    @Test
    void likeUsesSqlServerWildcardsAndBracketEscapes() {
        assertTrue(eval("company/name like \"100[%] pure[_]it [[]uk]\""));
        assertTrue(eval(Conditions.containsText("company/name", "% Pure_IT [UK").toString()));
        assertFalse(eval(Conditions.containsText("company/name", "0%P").toString()));
        assertTrue(eval("company/name like \"100_ Pure%\""));
        assertTrue(eval("company/name like \"100__Pure%\""));
        assertFalse(eval("company/name like \"100_Pure%\""));
        assertTrue(eval("firstName like \"[a-k]ane\""));
        assertFalse(eval("firstName like \"[^j]ane\""));
        assertTrue(eval("firstName not like \"%x%\""));
        assertTrue(LikePattern.compile("a.b(c)*").matches("A.B(C)*"));
        // the literal fast paths agree with the regex semantics
        assertTrue(LikePattern.compile("%555[-]0175%").matches("(212) 555-0175 x2"));
        assertTrue(LikePattern.compile("%%").matches(""));
        assertTrue(LikePattern.compile("ACME%").matches("acme corp"));
        assertFalse(LikePattern.compile("ACME%").matches("the acme"));
        assertTrue(LikePattern.compile("%corp").matches("ACME CORP"));
        assertFalse(LikePattern.compile("%corp").matches("corporation"));
        assertTrue(LikePattern.compile("acme").matches("ACME"));
        assertFalse(LikePattern.compile("acme").matches("ACME "));
        assertTrue(LikePattern.compile("a%c").matches("abbc"));
        assertFalse(LikePattern.compile("a%c").matches("abbcd"));
        assertTrue(LikePattern.compile("%a%c%").matches("xxaxxcxx"));
        assertFalse(LikePattern.compile("").matches("x"));
        assertFalse(LikePattern.compile("a.b").matches("axb"));
    }

    @Test
    void datesCompareAsInstants() {
        assertTrue(eval("_info/lastUpdated > [2025-01-01T00:00:00Z]"));
        assertFalse(eval("_info/lastUpdated > [2025-06-01T12:00:00Z]"));
        assertTrue(eval("_info/lastUpdated >= [2025-06-01T12:00:00Z]"));
        assertTrue(eval("_info/dateEntered < [2024-01-16]"));
        assertTrue(eval("_info/lastUpdated = [2025-06-01T14:00:00+02:00]"));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        assertTrue(eval("id = 2 and id = 3 or id = 1"));
        assertFalse(eval("id = 2 and (id = 3 or id = 1)"));
        assertTrue(eval("id = 1 or id = 2 and id = 3"));
        assertFalse(eval("(id = 1 or id = 2) and id = 3"));
        assertTrue(eval("((firstName = \"x\") OR (lastName like \"o%\")) and not_a_field = null"));
    }

    @Test
    void arraysMatchWhenAnyElementMatches() {
        assertTrue(eval("communicationItems/value like \"%555.1213%\""));
        assertTrue(eval("communicationItems/type/name = \"Email\""));
        assertFalse(eval("communicationItems/value like \"%4085551212%\""));
        assertTrue(eval("communicationItems/communicationType = \"Phone\" and communicationItems/id = 12"));
    }

    @Test
    void nullMatchesMissingOrNullFieldsOnly() {
        assertTrue(eval("defaultPhoneNbr = null"));
        assertTrue(eval("title = null"));
        assertFalse(eval("title != null"));
        assertTrue(eval("firstName != null"));
        assertFalse(eval("title != \"x\""));
    }

    @Test
    void reportsFieldPaths() {
        List<String> paths = new ArrayList<>();
        ConditionParser.parse("a/b = 1 or (c like \"x\" and d in (1))").visitPaths(paths::add);
        assertEquals(List.of("a/b", "c", "d"), paths);
    }

    @Test
    void rejectsMalformedConditions() {
        for (String bad : List.of("", "name = \"unterminated", "name = 'single'", "name =", "= 5", "name 5",
                "(id = 1", "id = 1)", "id = 1 and", "id in 1", "id in (1,", "name like 5", "date > [not a date]",
                "id = 1 id = 2", "name = bare", "id < null", "and = 1", "id ! 1", "id = 1 xor id = 2")) {
            assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse(bad), bad);
        }
    }
}
