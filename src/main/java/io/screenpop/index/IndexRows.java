package io.screenpop.index;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.screenpop.connectwise.model.CommunicationItem;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.phone.CountryRegions;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * Turns ConnectWise records into index rows: one {@link PhoneEntry} per distinct E.164 number of a
 * contact (its phone and fax {@code communicationItems}) or of a company (main and fax lines),
 * plus the {@link IndexedContact} / {@link IndexedCompany} rows the pages read. Values that are
 * not phone numbers are counted as skipped, never indexed. Inactive contacts keep their contact
 * row but their numbers are not indexed (the number may have moved on with the person).
 */
@ApplicationScoped
public class IndexRows {

    /** Type name of a company's main line. */
    public static final String MAIN_LINE = "Main";
    /** Type name of a company's fax line. */
    public static final String FAX_LINE = "Fax";

    private final PhoneNumberNormalizer normalizer;

    /** CDI constructor. */
    public IndexRows(PhoneNumberNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * Rows built from one record.
     *
     * @param entries the phone entries
     * @param skipped how many values were not phone numbers
     */
    public record Built(List<PhoneEntry> entries, int skipped) {
    }

    /**
     * @param contact       a ConnectWise contact with {@code communicationItems}
     * @param companyRegion ISO region of the contact's company, or {@code null}
     * @param generation    index generation
     * @param now           sync time
     * @return the contact's phone entries (none for an inactive contact)
     */
    public Built contactEntries(Contact contact, String companyRegion, long generation, Instant now) {
        String region = CountryRegions.regionOf(contact.country() == null ? null : contact.country().name())
                .orElse(companyRegion);
        Reference company = contact.company();
        List<PhoneEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        if (Boolean.TRUE.equals(contact.inactiveFlag())) {
            return new Built(entries, 0);
        }
        String email = emails(contact).stream().findFirst().orElse(null);
        for (CommunicationItem item : contact.items()) {
            if (!item.isNumber()) {
                continue;
            }
            var phone = normalizer.normalize(item.value(), region, item.extension());
            if (phone.isEmpty()) {
                skipped++;
                continue;
            }
            if (!seen.add(phone.get().e164())) {
                continue;
            }
            PhoneEntry e = base(phone.get(), item.value(), generation, now);
            e.phoneType = item.type() == null ? null : item.type().name();
            e.source = PhoneSource.CONTACT;
            if (company != null) {
                e.companyId = company.id();
                e.companyIdentifier = company.identifier();
                e.companyName = company.name();
            }
            e.contactId = contact.id();
            e.contactName = contact.fullName();
            e.contactFirstName = contact.firstName();
            e.contactLastName = contact.lastName();
            e.contactEmail = email;
            e.recordUpdatedAt = lastUpdated(contact.info());
            entries.add(e);
        }
        return new Built(entries, skipped);
    }

    /**
     * @param company    a ConnectWise company
     * @param generation index generation
     * @param now        sync time
     * @return entries for the main and fax lines (none for a deleted company)
     */
    public Built companyEntries(Company company, long generation, Instant now) {
        List<PhoneEntry> entries = new ArrayList<>(2);
        if (Boolean.TRUE.equals(company.deletedFlag())) {
            return new Built(entries, 0);
        }
        String region = regionOf(company);
        int skipped = 0;
        String[][] lines = {{company.phoneNumber(), MAIN_LINE}, {company.faxNumber(), FAX_LINE}};
        Set<String> seen = new HashSet<>();
        for (String[] line : lines) {
            if (line[0] == null || line[0].isBlank()) {
                continue;
            }
            var phone = normalizer.normalize(line[0], region, null);
            if (phone.isEmpty()) {
                skipped++;
                continue;
            }
            if (!seen.add(phone.get().e164())) {
                continue;
            }
            PhoneEntry e = base(phone.get(), line[0], generation, now);
            e.phoneType = line[1];
            e.source = line[1].equals(MAIN_LINE) ? PhoneSource.COMPANY_MAIN : PhoneSource.COMPANY_FAX;
            e.companyId = company.id();
            e.companyIdentifier = company.identifier();
            e.companyName = company.name();
            e.recordUpdatedAt = lastUpdated(company.info());
            entries.add(e);
        }
        return new Built(entries, skipped);
    }

    /**
     * @param contact    a ConnectWise contact
     * @param generation index generation
     * @param now        sync time
     * @return the contact row
     */
    public IndexedContact contactRow(Contact contact, long generation, Instant now) {
        IndexedContact row = new IndexedContact();
        row.generation = generation;
        row.id = contact.id();
        row.companyId = contact.company() == null ? null : contact.company().id();
        row.firstName = truncate(contact.firstName(), 60);
        row.lastName = truncate(contact.lastName(), 60);
        row.title = truncate(contact.title(), 100);
        row.emails = truncate(String.join("\n", emails(contact)), 1000);
        row.inactive = Boolean.TRUE.equals(contact.inactiveFlag());
        row.updatedAt = lastUpdated(contact.info());
        row.syncedAt = now;
        return row;
    }

    /**
     * @param company    a ConnectWise company
     * @param generation index generation
     * @param now        sync time
     * @return the company row
     */
    public IndexedCompany companyRow(Company company, long generation, Instant now) {
        IndexedCompany row = new IndexedCompany();
        row.generation = generation;
        row.id = company.id();
        row.identifier = truncate(company.identifier(), 30);
        row.name = truncate(company.name(), 100);
        row.status = company.status() == null ? null : truncate(company.status().name(), 50);
        row.addressLine1 = truncate(company.addressLine1(), 100);
        row.addressLine2 = truncate(company.addressLine2(), 100);
        row.city = truncate(company.city(), 60);
        row.state = truncate(company.state(), 60);
        row.zip = truncate(company.zip(), 20);
        row.country = company.country() == null ? null : truncate(company.country().name(), 60);
        row.phoneNumber = truncate(company.phoneNumber(), 40);
        row.faxNumber = truncate(company.faxNumber(), 40);
        row.website = truncate(company.website(), 255);
        row.updatedAt = lastUpdated(company.info());
        row.syncedAt = now;
        return row;
    }

    /**
     * @param company a ConnectWise company
     * @return the ISO region its numbers are read in, or {@code null} for the default
     */
    public String regionOf(Company company) {
        return CountryRegions.regionOf(company.country() == null ? null : company.country().name()).orElse(null);
    }

    /**
     * @param countryName a country name as stored on a company row
     * @return the ISO region, or {@code null}
     */
    public String regionOf(String countryName) {
        return CountryRegions.regionOf(countryName).orElse(null);
    }

    private static List<String> emails(Contact contact) {
        Set<String> emails = new LinkedHashSet<>();
        contact.items().stream()
                .filter(i -> "Email".equalsIgnoreCase(i.communicationType()) && i.value() != null && !i.value().isBlank())
                .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.defaultFlag()), Boolean.TRUE.equals(a.defaultFlag())))
                .forEach(i -> emails.add(i.value().strip()));
        return emails.stream().collect(Collectors.toList());
    }

    private PhoneEntry base(NormalizedPhone phone, String raw, long generation, Instant now) {
        PhoneEntry e = new PhoneEntry();
        e.generation = generation;
        e.e164 = phone.e164();
        e.rawValue = truncate(raw, 250);
        e.extension = truncate(phone.extension(), 15);
        e.syncedAt = now;
        return e;
    }

    /**
     * @param info a ConnectWise {@code _info} map, may be {@code null}
     * @return its {@code lastUpdated} instant, or {@code null}
     */
    public static Instant lastUpdated(Map<String, String> info) {
        String value = info == null ? null : info.get("lastUpdated");
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
