package io.screenpop.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void quoteCannotEndTheLiteral() {
        assertEquals("name = \"Bob\\\" or id > 0 or name = \\\"\"",
                Conditions.eq("name", "Bob\" or id > 0 or name = \"").toString());
    }

    @Test
    void backslashIsEscapedBeforeQuote() {
        assertEquals("name = \"C:\\\\temp\\\\\"", Conditions.eq("name", "C:\\temp\\").toString());
        // a trailing backslash must not escape the closing quote
        assertEquals("name = \"a\\\\\\\"\"", Conditions.eq("name", "a\\\"").toString());
    }

    @Test
    void percentAndUnderscoreInUserTextAreLiteralInLike() {
        assertEquals("name like \"%100[%] Pure[_]IT [[]UK]%\"",
                Conditions.containsText("name", "100% Pure_IT [UK]").toString());
    }

    @Test
    void unicodePassesThroughUnchanged() {
        assertEquals("name like \"%Zürich Café 東京 ☎%\"", Conditions.containsText("name", "Zürich Café 東京 ☎").toString());
        assertEquals("name like \"Ål%\"", Conditions.startsWithText("name", "Ål").toString());
    }

    @Test
    void numbersBooleansAndDatesAreBare() {
        assertEquals("(company/id = 250) and (closedFlag = false)",
                Conditions.and(Conditions.eq("company/id", 250), Conditions.eq("closedFlag", false)).toString());
        assertEquals("_info/lastUpdated > [2025-01-01T00:00:00Z]",
                Conditions.after("_info/lastUpdated", Instant.parse("2025-01-01T00:00:00.789Z")).toString());
        assertEquals("id in (1,2,3)", Conditions.in("id", List.of(1, 2, 3)).toString());
    }

    @Test
    void orGroupsEachPart() {
        assertEquals("(identifier = \"A\") or (name like \"%b%\")",
                Conditions.or(Conditions.eq("identifier", "A"), Conditions.containsText("name", "b")).toString());
    }

    @Test
    void fieldNamesAreNeverTakenFromInput() {
        assertThrows(IllegalArgumentException.class, () -> Conditions.eq("name = \"x\" or id", "y"));
        assertThrows(IllegalArgumentException.class, () -> Conditions.eq("", "y"));
        assertThrows(IllegalArgumentException.class, () -> Conditions.in("id", List.of()));
    }
}
