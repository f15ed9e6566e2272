package io.screenpop.sandbox.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates realistic demo companies and contacts after the fixtures: mostly US companies, about 5%
 * in the UK; 1-3 phone numbers per contact in fictional ranges, typed in messy formats, sometimes with
 * an extension (in the value or the {@code extension} field), sometimes the company's main line plus
 * an extension, about 1% shared with a contact of another company, an email and occasional garbage.
 * All randomness comes from one seeded generator, so the same seed yields the same data.
 */
final class DemoDataGenerator {

    private static final long FIRST_ENTERED = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_UPDATED = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();

    private final SeedRecords records;
    private final NumberAllocator numbers;
    private final SplittableRandom random;
    private final Set<String> identifiers = new HashSet<>();
    private final List<Generated> companies = new ArrayList<>();
    private final SharedNumbers shared = new SharedNumbers();

    /** A generated company with what its contacts need. */
    private record Generated(ObjectNode record, ObjectNode ref, City city, FictionalNumber mainLine, String domain) {
    }

    /** Recently handed-out numbers, to share a few across companies. */
    private static final class SharedNumbers {
        private final FictionalNumber[] numbers = new FictionalNumber[256];
        private final long[] owners = new long[256];
        private int count;

        void remember(FictionalNumber number, long companyId) {
            numbers[count % numbers.length] = number;
            owners[count % numbers.length] = companyId;
            count++;
        }

        FictionalNumber pickNotOwnedBy(long companyId, boolean uk, SplittableRandom random) {
            int size = Math.min(count, numbers.length);
            for (int attempt = 0; attempt < 8 && size > 0; attempt++) {
                int i = random.nextInt(size);
                if (owners[i] != companyId && numbers[i].uk() == uk) {
                    return numbers[i];
                }
            }
            return null;
        }
    }

    DemoDataGenerator(SeedRecords records, NumberAllocator numbers, SplittableRandom random, Set<String> takenIdentifiers) {
        this.records = records;
        this.numbers = numbers;
        this.random = random;
        takenIdentifiers.forEach(id -> identifiers.add(id.toLowerCase(Locale.ROOT)));
    }

    /** @return companies with ids {@code firstId..lastId} */
    List<ObjectNode> companies(long firstId, long lastId) {
        List<ObjectNode> out = new ArrayList<>();
        for (long id = firstId; id <= lastId; id++) {
            Generated company = company(id);
            companies.add(company);
            out.add(company.record());
        }
        return out;
    }

    /** @return contacts with ids {@code firstId..lastId}, spread over the generated companies */
    List<ObjectNode> contacts(long firstId, long lastId) {
        List<ObjectNode> out = new ArrayList<>();
        for (long id = firstId; id <= lastId; id++) {
            Generated company = companies.isEmpty() || random.nextInt(100) == 0 ? null
                    : companies.get((int) (companies.size() * Math.pow(random.nextDouble(), 1.6)));
            out.add(contact(id, company));
        }
        return out;
    }

    private Generated company(long id) {
        boolean uk = random.nextInt(100) < 5;
        City city = uk ? pickUkCity() : pick(DemoPlaces.US);
        String name = companyName(uk, city);
        String identifier = identifier(name);
        String slug = identifier.toLowerCase(Locale.ROOT);
        Address address = uk
                ? new Address((1 + random.nextInt(120)) + " " + pick(DemoNames.UK_STREETS),
                        random.nextInt(4) == 0 ? "Unit " + (1 + random.nextInt(20)) : null, city.name(), "", city.zip(), true)
                : new Address((100 + random.nextInt(9800)) + " " + pick(DemoNames.STREETS) + " " + pick(DemoNames.STREET_TYPES),
                        random.nextInt(4) == 0 ? "Suite " + (100 + random.nextInt(8) * 100) : null,
                        city.name(), city.state(), city.zip(), false);
        FictionalNumber main = random.nextInt(100) < 95 ? numbers.landline(city) : null;
        if (main != null) {
            shared.remember(main, id);
        }
        FictionalNumber fax = random.nextInt(100) < 40 ? numbers.landline(city) : null;
        Instant entered = entered();
        ObjectNode record = records.company(id, name, identifier, address,
                main == null ? null : PhoneFormats.random(main, null, random),
                fax == null ? null : PhoneFormats.random(fax, null, random),
                random.nextInt(10) < 8 ? slug + ".example.com" : null,
                random.nextInt(100) >= 3, entered, updated(entered));
        return new Generated(record, records.companyRef(record), city, main, slug + ".example.com");
    }

    private ObjectNode contact(long id, Generated company) {
        String first = pick(DemoNames.FIRST);
        String last = pick(DemoNames.LAST);
        City city = company != null ? company.city() : pick(DemoPlaces.US);
        long companyId = company != null ? company.record().get("id").asLong() : 0;
        List<ObjectNode> items = new ArrayList<>(4);
        int phones = 1 + (random.nextInt(100) < 55 ? 1 : 0) + (random.nextInt(100) < 20 ? 1 : 0);
        for (int i = 0; i < phones; i++) {
            String type = phoneType(i);
            ObjectNode item = phoneItem(type, city, company, companyId, items.isEmpty());
            if (item != null) {
                items.add(item);
            }
        }
        if (random.nextInt(100) == 0) {
            items.add(records.item("Direct", pick(DemoNames.GARBAGE), null, items.isEmpty()));
        }
        if (random.nextInt(10) < 9) {
            String domain = company != null ? company.domain() : "example.net";
            items.add(records.item("Email", emailLocal(first) + "." + emailLocal(last) + "@" + domain, null, false));
        }
        Instant entered = entered();
        return records.contact(id, first, last, company == null ? null : company.ref(),
                random.nextInt(10) < 7 ? pick(DemoNames.TITLES) : null, random.nextInt(100) < 3,
                items, entered, updated(entered));
    }

    private String phoneType(int index) {
        int roll = random.nextInt(100);
        return switch (index) {
            case 0 -> roll < 75 ? "Direct" : roll < 90 ? "Cell" : "Mobile";
            case 1 -> roll < 45 ? "Cell" : roll < 80 ? "Mobile" : roll < 90 ? "Home" : "Fax";
            default -> roll < 50 ? "Fax" : roll < 80 ? "Home" : "Pager";
        };
    }

    private ObjectNode phoneItem(String type, City city, Generated company, long companyId, boolean isDefault) {
        boolean mobile = type.equals("Cell") || type.equals("Mobile");
        int roll = random.nextInt(100);
        if (type.equals("Direct") && company != null && company.mainLine() != null && roll < 8) {
            String extension = Integer.toString(100 + random.nextInt(900));
            return random.nextBoolean()
                    ? records.item(type, PhoneFormats.random(company.mainLine(), extension, random), null, isDefault)
                    : records.item(type, PhoneFormats.random(company.mainLine(), null, random), extension, isDefault);
        }
        FictionalNumber number = roll >= 99 ? shared.pickNotOwnedBy(companyId, city.uk(), random) : null;
        if (number == null) {
            number = mobile ? numbers.mobile(city) : numbers.landline(city);
            if (number == null) {
                return null;
            }
            shared.remember(number, companyId);
        }
        String extension = null;
        boolean extensionInValue = false;
        if (type.equals("Direct") && random.nextInt(100) < 20) {
            extension = Integer.toString(random.nextBoolean() ? 10 + random.nextInt(90) : 100 + random.nextInt(9900));
            extensionInValue = random.nextBoolean();
        }
        String value = PhoneFormats.random(number, extensionInValue ? extension : null, random);
        return records.item(type, value, extensionInValue ? null : extension, isDefault);
    }

    private String companyName(boolean uk, City city) {
        int pattern = random.nextInt(3);
        String base = switch (pattern) {
            case 0 -> pick(DemoNames.LAST) + " " + pick(DemoNames.INDUSTRIES);
            case 1 -> pick(DemoNames.ADJECTIVES) + " " + pick(DemoNames.NOUNS) + " " + pick(DemoNames.INDUSTRIES);
            default -> city.name() + " " + pick(DemoNames.INDUSTRIES);
        };
        String suffix = pick(uk ? DemoNames.UK_SUFFIXES : DemoNames.US_SUFFIXES);
        String name = suffix.isEmpty() ? base : base + " " + suffix;
        return name.length() <= 50 ? name : name.substring(0, 50).trim();
    }

    private String identifier(String name) {
        StringBuilder camel = new StringBuilder();
        for (String word : name.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || word.equals("LLC") || word.equals("Inc") || word.equals("Ltd") || word.equals("plc")) {
                continue;
            }
            String ascii = word.replaceAll("[^A-Za-z0-9]", "");
            if (!ascii.isEmpty()) {
                camel.append(Character.toUpperCase(ascii.charAt(0))).append(ascii.substring(1));
            }
        }
        String base = camel.length() > 25 ? camel.substring(0, 25) : camel.toString();
        String candidate = base;
        for (int n = 2; !identifiers.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = Integer.toString(n);
            candidate = (base.length() + suffix.length() > 25 ? base.substring(0, 25 - suffix.length()) : base) + suffix;
        }
        return candidate;
    }

    private static String emailLocal(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        return ascii.isEmpty() ? "contact" : ascii.toLowerCase(Locale.ROOT);
    }

    private City pickUkCity() {
        int roll = random.nextInt(100);
        return roll < 50 ? DemoPlaces.UK.get(0) : roll < 75 ? DemoPlaces.UK.get(1) : DemoPlaces.UK.get(2 + random.nextInt(DemoPlaces.UK.size() - 2));
    }

    private Instant entered() {
        return Instant.ofEpochSecond(FIRST_ENTERED + random.nextLong(LAST_UPDATED - FIRST_ENTERED - 86_400 * 30));
    }

    private Instant updated(Instant entered) {
        return Instant.ofEpochSecond(entered.getEpochSecond() + random.nextLong(LAST_UPDATED - entered.getEpochSecond()));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
