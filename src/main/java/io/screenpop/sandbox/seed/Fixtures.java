package io.screenpop.sandbox.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fixed records other tests rely on: companies 1..6 and contacts 1..10, always first and always
 * identical; the constants below name their ids.
 */
public final class Fixtures {

    /** ACME Corporation, main line (408) 555-1212. */
    public static final long ACME = 1;
    /** Globex UK Ltd, 020 7946 0958. */
    public static final long GLOBEX_UK = 2;
    /** Initech; its contact Pat Lee shares 503-555-0150 with Initrode's Pat Lee. */
    public static final long INITECH = 3;
    /** Initrode. */
    public static final long INITRODE = 4;
    /** Umbrella Health; contacts Alice Ng and Bob Stone share (212) 555-0175. */
    public static final long UMBRELLA = 5;
    /** "Tom &amp; Jerry's &lt;Script&gt; Shop" (markup in names). */
    public static final long TOM_JERRY = 6;

    /** Jane Doe (ACME), Direct 408.555.1213 ext 204, Cell +1 (408) 555-7001. */
    public static final long JANE_DOE = 1;
    /** John Smith (ACME). */
    public static final long JOHN_SMITH = 2;
    /** Nigel Thornberry (Globex UK). */
    public static final long NIGEL = 3;
    /** Pat Lee at Initech. */
    public static final long PAT_LEE_INITECH = 4;
    /** Pat Lee at Initrode. */
    public static final long PAT_LEE_INITRODE = 5;
    /** Alice Ng (Umbrella). */
    public static final long ALICE_NG = 6;
    /** Bob Stone (Umbrella). */
    public static final long BOB_STONE = 7;
    /** "Mallory &lt;b&gt;Bold&lt;/b&gt;" (Tom &amp; Jerry's). */
    public static final long MALLORY = 8;
    /** Walk-in Caller, no company, Cell (617) 555-0190. */
    public static final long WALK_IN = 9;
    /** Garbage Values (ACME), phone items "see email", "204", "n/a". */
    public static final long GARBAGE = 10;

    /** Number of fixture companies (ids 1..6). */
    public static final int COMPANY_COUNT = 6;
    /** Number of fixture contacts (ids 1..10). */
    public static final int CONTACT_COUNT = 10;

    /** Fixture numbers (national significant digits) plus one never-used number; generated data avoids them. */
    public static final Set<String> RESERVED_NUMBERS = Set.of("4085551212", "4085551299", "4085551213",
            "4085557001", "4085551214", "4085557002", "2079460958", "2079460959", "7700900123", "5125550100",
            "5035550101", "5035550150", "2125550170", "2125550175", "6175550111", "6175550112", "6175550190",
            "2025550199");

    /** A US number that no record carries, for "unknown caller" demos. */
    public static final String UNKNOWN_NUMBER = "2025550199";

    private static final Instant ENTERED = Instant.parse("2024-01-15T09:00:00Z");
    private static final Instant UPDATED = Instant.parse("2025-05-01T12:00:00Z");

    private final SeedRecords records;
    private final List<ObjectNode> companies = new ArrayList<>();
    private final List<ObjectNode> contacts = new ArrayList<>();

    Fixtures(SeedRecords records) {
        this.records = records;
        build();
    }

    List<ObjectNode> companies() {
        return companies;
    }

    List<ObjectNode> contacts() {
        return contacts;
    }

    private void build() {
        ObjectNode acme = company(ACME, "ACME Corporation", "AcmeCorp",
                new Address("100 Main St", null, "San Jose", "CA", "95110", false),
                "(408) 555-1212", "408.555.1299", "acme.example.com");
        contact(JANE_DOE, "Jane", "Doe", acme, "IT Manager",
                records.item("Direct", "408.555.1213", "204", true),
                records.item("Cell", "+1 (408) 555-7001", null, false),
                records.item("Email", "jane.doe@acme.example", null, false));
        contact(JOHN_SMITH, "John", "Smith", acme, null,
                records.item("Direct", "(408) 555-1214", null, true),
                records.item("Mobile", "1-408-555-7002", null, false),
                records.item("Email", "john.smith@acme.example", null, false));

        ObjectNode globex = company(GLOBEX_UK, "Globex UK Ltd", "GlobexUK",
                new Address("1 Canada Square", null, "London", "", "E14 5AB", true), "020 7946 0958", null, null);
        contact(NIGEL, "Nigel", "Thornberry", globex, null,
                records.item("Direct", "+44 20 7946 0959", null, true),
                records.item("Mobile", "07700 900123", null, false),
                records.item("Email", "nigel@globex.example", null, false));

        ObjectNode initech = company(INITECH, "Initech", "Initech",
                new Address("4120 Freidrich Ln", null, "Austin", "TX", "78744", false), "512-555-0100", null, null);
        contact(PAT_LEE_INITECH, "Pat", "Lee", initech, null, records.item("Direct", "(503) 555-0150", null, true));
        ObjectNode initrode = company(INITRODE, "Initrode", "Initrode",
                new Address("200 SW Market St", null, "Portland", "OR", "97201", false), "503-555-0101", null, null);
        contact(PAT_LEE_INITRODE, "Pat", "Lee", initrode, null, records.item("Cell", "503.555.0150", null, true));

        ObjectNode umbrella = company(UMBRELLA, "Umbrella Health", "UmbrellaHealth",
                new Address("350 5th Ave", null, "New York", "NY", "10118", false), "(212) 555-0170", null, null);
        contact(ALICE_NG, "Alice", "Ng", umbrella, null, records.item("Direct", "(212) 555-0175", null, true));
        contact(BOB_STONE, "Bob", "Stone", umbrella, null, records.item("Direct", "(212) 555-0175", null, true));

        ObjectNode tomJerry = company(TOM_JERRY, "Tom & Jerry's <Script> Shop", "TomJerry",
                new Address("1 Faneuil Hall Sq", null, "Boston", "MA", "02109", false), "617-555-0111", null, null);
        contact(MALLORY, "Mallory", "<b>Bold</b>", tomJerry, null, records.item("Direct", "617-555-0112", null, true));

        contact(WALK_IN, "Walk-in", "Caller", null, null, records.item("Cell", "(617) 555-0190", null, true));

        contact(GARBAGE, "Garbage", "Values", acme, null,
                records.item("Direct", "see email", null, true),
                records.item("Direct", "204", null, false),
                records.item("Direct", "n/a", null, false),
                records.item("Email", "garbage.values@acme.example", null, false));
    }

    private ObjectNode company(long id, String name, String identifier, Address address, String phone, String fax, String website) {
        ObjectNode company = records.company(id, name, identifier, address, phone, fax, website, true,
                ENTERED.plusSeconds(id * 3600), UPDATED);
        companies.add(company);
        return company;
    }

    private void contact(long id, String first, String last, ObjectNode company, String title, ObjectNode... items) {
        contacts.add(records.contact(id, first, last, company == null ? null : records.companyRef(company), title,
                false, List.of(items), ENTERED.plusSeconds(id * 3600 + 600), UPDATED));
    }
}
