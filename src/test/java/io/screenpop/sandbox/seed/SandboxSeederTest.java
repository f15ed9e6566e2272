package io.screenpop.sandbox.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SandboxSeederTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** US 555 numbers (any format, optional +1/1 prefix and extension) or UK Ofcom drama ranges. */
    private static final Pattern FICTIONAL = Pattern.compile(
            "(1?\\d{3}555\\d{4})|((44|0)(20)?7946\\d{4})|((44|0)(1[1-6]1|11[3-8])496\\d{4})|((44|0)7700900\\d{3})");

    private static String json(List<ObjectNode> records) throws Exception {
        return MAPPER.writeValueAsString(records);
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() throws Exception {
        SeedData a = new SandboxSeeder(300, 3000, 42).generate();
        SeedData b = new SandboxSeeder(300, 3000, 42).generate();
        SeedData c = new SandboxSeeder(300, 3000, 7).generate();
        assertEquals(json(a.contacts()), json(b.contacts()));
        assertEquals(json(a.companies()), json(b.companies()));
        assertNotEquals(json(a.contacts()), json(c.contacts()));
        assertEquals(json(a.contacts().subList(0, 10)), json(c.contacts().subList(0, 10)), "fixtures never change");
    }

    @Test
    void fixturesComeFirstWithTheirIds() {
        SeedData data = new SandboxSeeder(300, 3000, 42).generate();
        assertEquals(300, data.companies().size());
        assertEquals(3000, data.contacts().size());
        assertEquals(List.of("ACME Corporation", "Globex UK Ltd", "Initech", "Initrode", "Umbrella Health",
                "Tom & Jerry's <Script> Shop"), data.companies().subList(0, 6).stream().map(c -> c.get("name").asText()).toList());
        assertEquals(List.of("AcmeCorp", "GlobexUK", "Initech", "Initrode", "UmbrellaHealth", "TomJerry"),
                data.companies().subList(0, 6).stream().map(c -> c.get("identifier").asText()).toList());
        List<String> names = data.contacts().subList(0, 10).stream()
                .map(c -> c.get("firstName").asText() + " " + c.get("lastName").asText()).toList();
        assertEquals(List.of("Jane Doe", "John Smith", "Nigel Thornberry", "Pat Lee", "Pat Lee", "Alice Ng", "Bob Stone",
                "Mallory <b>Bold</b>", "Walk-in Caller", "Garbage Values"), names);
        JsonNode jane = data.contacts().get(0);
        assertEquals("408.555.1213", jane.at("/communicationItems/0/value").asText());
        assertEquals("204", jane.at("/communicationItems/0/extension").asText());
        assertTrue(jane.at("/communicationItems/0/defaultFlag").asBoolean());
        assertEquals("Cell", jane.at("/communicationItems/1/type/name").asText());
        assertEquals(1, jane.at("/company/id").asLong());
        assertFalse(data.contacts().get(8).has("company"), "the walk-in caller has no company");
        for (int i = 0; i < data.contacts().size(); i++) {
            assertEquals(i + 1, data.contacts().get(i).get("id").asLong());
        }
    }

    @Test
    void generatedNumbersAreFictionalAndNeverReuseFixtureNumbers() {
        SeedData data = new SandboxSeeder(300, 3000, 42).generate();
        Map<String, Set<Long>> companiesByNumber = new HashMap<>();
        int uk = 0;
        for (ObjectNode contact : data.contacts().subList(10, data.contacts().size())) {
            long company = contact.path("company").path("id").asLong(0);
            for (JsonNode item : contact.path("communicationItems")) {
                if (item.get("communicationType").asText().equals("Email")) {
                    assertTrue(item.get("value").asText().contains("@"));
                    continue;
                }
                String digits = item.get("value").asText().replaceAll("\\s*(x|ext\\.).*$", "").replace("(0)", "")
                        .replaceAll("\\D", "");
                if (digits.length() < 10) {
                    continue; // garbage values such as "n/a"
                }
                assertTrue(FICTIONAL.matcher(digits).matches(), item.toString());
                String national = digits.startsWith("44") ? digits.substring(2) : digits.startsWith("0") ? digits.substring(1)
                        : digits.length() == 11 ? digits.substring(1) : digits;
                uk += digits.startsWith("44") || digits.startsWith("0") ? 1 : 0;
                assertFalse(Fixtures.RESERVED_NUMBERS.contains(national), item.toString());
                companiesByNumber.computeIfAbsent(national, k -> new HashSet<>()).add(company);
            }
        }
        long shared = companiesByNumber.values().stream().filter(s -> s.size() > 1).count();
        assertTrue(shared > 5 && shared < companiesByNumber.size() / 20, "a few numbers are shared: " + shared);
        assertTrue(uk > 20, "some UK numbers: " + uk);
    }

    @Test
    void hundredThousandContactsAreSeeded() {
        // the speed is a bench figure (bench/seed.sh), not a test's
        SeedData data = new SandboxSeeder(3000, 100_000, 42).generate();
        assertEquals(100_000, data.contacts().size());
        long numbers = new ArrayList<>(data.contacts()).stream().mapToLong(c -> c.path("communicationItems").size()).sum();
        assertTrue(numbers > 250_000, "communication items: " + numbers);
    }
}
