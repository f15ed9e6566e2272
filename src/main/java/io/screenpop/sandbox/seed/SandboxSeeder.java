package io.screenpop.sandbox.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Deterministic seed data: communication types, then the {@link Fixtures} (companies 1..6,
 * contacts 1..10), then generated companies and contacts up to the configured totals, then the
 * setup tables and the service desk ({@link ServiceDeskSeed}). The same
 * seed and counts always produce the same records.
 */
public final class SandboxSeeder {

    private final int companies;
    private final int contacts;
    private final long seed;

    /**
     * @param companies total companies including fixtures (at least the fixtures are created)
     * @param contacts total contacts including fixtures
     * @param seed generator seed
     */
    public SandboxSeeder(int companies, int contacts, long seed) {
        this.companies = companies;
        this.contacts = contacts;
        this.seed = seed;
    }

    /** @return the generated data, records in id order */
    public SeedData generate() {
        List<ObjectNode> types = CommunicationTypesSeed.all();
        SeedRecords records = new SeedRecords(types);
        Fixtures fixtures = new Fixtures(records);
        List<ObjectNode> allCompanies = new ArrayList<>(fixtures.companies());
        List<ObjectNode> allContacts = new ArrayList<>(Math.max(contacts, Fixtures.CONTACT_COUNT));
        allContacts.addAll(fixtures.contacts());

        SplittableRandom random = new SplittableRandom(seed);
        Set<String> fixtureIdentifiers = fixtures.companies().stream()
                .map(c -> c.get("identifier").asText()).collect(Collectors.toSet());
        DemoDataGenerator generator = new DemoDataGenerator(records,
                new NumberAllocator(Fixtures.RESERVED_NUMBERS, random.split()), random, fixtureIdentifiers);
        allCompanies.addAll(generator.companies(Fixtures.COMPANY_COUNT + 1, companies));
        allContacts.addAll(generator.contacts(Fixtures.CONTACT_COUNT + 1, contacts));
        Map<String, List<ObjectNode>> referenceData = new LinkedHashMap<>(ReferenceDataSeed.all());
        referenceData.putAll(ServiceDeskSeed.all(fixtures.companies(), fixtures.contacts()));
        return new SeedData(types, allCompanies, allContacts, records.lastItemId(), referenceData);
    }
}
