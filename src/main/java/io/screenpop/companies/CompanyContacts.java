package io.screenpop.companies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.CommunicationItem;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.contacts.ContactSummary;
import io.screenpop.index.IndexRows;
import io.screenpop.index.IndexedContact;
import io.screenpop.index.PhoneEntry;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * The active contacts of a company with the numbers they have, read live from ConnectWise so the
 * agent sees numbers added minutes ago; when ConnectWise fails, the index's copy is shown instead.
 */
@ApplicationScoped
public class CompanyContacts {

    private static final Logger LOG = Logger.getLogger(CompanyContacts.class);

    private final ConnectWise connectWise;
    private final CompanyDirectory directory;
    private final PhoneNumberNormalizer normalizer;
    private final IndexRows rows;

    /** CDI constructor. */
    public CompanyContacts(ConnectWise connectWise, CompanyDirectory directory,
            PhoneNumberNormalizer normalizer, IndexRows rows) {
        this.connectWise = connectWise;
        this.directory = directory;
        this.normalizer = normalizer;
        this.rows = rows;
    }

    /**
     * @param companyId ConnectWise company id
     * @return its active contacts by last and first name
     */
    public List<ContactSummary> of(int companyId) {
        String region = directory.company(companyId).map(c -> rows.regionOf(c.country)).orElse(null);
        try {
            List<Contact> contacts = connectWise.allContacts(CwQuery.where(
                    Conditions.and(Conditions.eq("company/id", companyId), Conditions.eq("inactiveFlag", false)))
                    .fields("id,firstName,lastName,company,communicationItems"));
            return contacts.stream().map(c -> summary(c, region))
                    .sorted(Comparator.comparing((ContactSummary c) -> lower(c.lastName())).thenComparing(c -> lower(c.firstName())))
                    .toList();
        } catch (RuntimeException e) {
            LOG.warnf("Contacts of company %d from the index: ConnectWise failed (%s)", companyId, e.getMessage());
            return fromIndex(companyId);
        }
    }

    private ContactSummary summary(Contact c, String region) {
        List<ContactSummary.Phone> phones = c.items().stream().filter(CommunicationItem::isNumber).map(i -> {
            var p = normalizer.normalize(i.value(), region, i.extension());
            return new ContactSummary.Phone(i.type() == null ? null : i.type().name(), i.value(),
                    p.map(x -> normalizer.display(x.e164())).orElse(i.value()), p.map(NormalizedPhone::e164).orElse(null),
                    p.map(NormalizedPhone::extension).orElse(i.extension()));
        }).toList();
        return new ContactSummary(c.id(), c.fullName(), c.firstName(), c.lastName(), phones);
    }

    private List<ContactSummary> fromIndex(int companyId) {
        Map<Integer, List<PhoneEntry>> numbers = directory.numbers(companyId).stream().filter(e -> e.contactId != null)
                .collect(Collectors.groupingBy(e -> e.contactId));
        List<ContactSummary> out = new ArrayList<>();
        for (IndexedContact c : directory.contacts(companyId)) {
            if (c.inactive) {
                continue;
            }
            out.add(new ContactSummary(c.id, c.fullName(), c.firstName, c.lastName, numbers.getOrDefault(c.id, List.of())
                    .stream().map(e -> new ContactSummary.Phone(e.phoneType, e.rawValue, normalizer.display(e.e164),
                            e.e164, e.extension)).toList()));
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
    }
}
