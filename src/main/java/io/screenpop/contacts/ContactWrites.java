package io.screenpop.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.ConnectWiseRejectedException;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.CommunicationItem;
import io.screenpop.connectwise.model.CommunicationType;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.connectwise.model.NewContact;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexRows;
import io.screenpop.openphone.OpenPhoneContacts;
import io.screenpop.openphone.OpenPhonePush;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;
import io.screenpop.screenpop.ScreenpopTarget;
import io.screenpop.sync.SyncService;

/**
 * The contact writes of the pick-or-create flow, used by both the page and the JSON API: add a
 * number to an existing contact, create a contact at a company, move a company-less (walk-in)
 * contact to a company. Each write goes to ConnectWise
 * first; once ConnectWise has it, the contact is written into the index and the in-memory view,
 * so the next screenpop of the number finds it without waiting for a sync. A new contact is pushed to
 * OpenPhone; a number added to a contact pushed before updates its OpenPhone contact.
 */
@ApplicationScoped
public class ContactWrites {

    private static final Logger LOG = Logger.getLogger(ContactWrites.class);

    private final ConnectWise connectWise;
    private final PhoneTypes phoneTypes;
    private final StoredNumber stored;
    private final PhoneNumberNormalizer normalizer;
    private final IndexRepository repository;
    private final IndexRows rows;
    private final SyncService sync;
    private final ScreenpopTarget target;
    private final OpenPhoneContacts openPhone;

    /** CDI constructor. */
    public ContactWrites(ConnectWise connectWise, PhoneTypes phoneTypes, StoredNumber stored,
            PhoneNumberNormalizer normalizer, IndexRepository repository, IndexRows rows, SyncService sync,
            ScreenpopTarget target, OpenPhoneContacts openPhone) {
        this.connectWise = connectWise;
        this.phoneTypes = phoneTypes;
        this.stored = stored;
        this.normalizer = normalizer;
        this.repository = repository;
        this.rows = rows;
        this.sync = sync;
        this.target = target;
        this.openPhone = openPhone;
    }

    /**
     * Result of adding a number.
     *
     * @param added       false when the contact already had the number (nothing was written)
     * @param message     a sentence naming the record, e.g. "Added (408) 451-1400 to Jane Doe."
     * @param contactId   the contact
     * @param companyId   its company, or {@code null}
     * @param redirectUrl the screenpop target for the number now
     * @param openphone   the update of the contact's OpenPhone contact, or {@code null} when OpenPhone is not
     *                    configured or never had this contact
     */
    public record AddedPhone(boolean added, String message, int contactId, Integer companyId, String redirectUrl,
            OpenPhonePush openphone) {
    }

    /**
     * Result of creating a contact.
     *
     * @param contact     the contact as ConnectWise created it
     * @param redirectUrl the screenpop target for its number
     * @param openphone   the OpenPhone push, or {@code null} when OpenPhone is not configured
     */
    public record CreatedContact(Contact contact, String redirectUrl, OpenPhonePush openphone) {
    }

    /**
     * Result of moving a walk-in contact to a company.
     *
     * @param moved       false when the contact already belonged to that company (nothing was written)
     * @param message     a sentence naming both records, e.g. "Moved Jane Doe to ACME Corporation."
     * @param contactId   the contact
     * @param companyId   its company now
     * @param redirectUrl the screenpop target for the calling number (or the contact's first number)
     * @param openphone   the update of the contact's OpenPhone contact, or {@code null}
     */
    public record MovedContact(boolean moved, String message, int contactId, int companyId, String redirectUrl,
            OpenPhonePush openphone) {
    }

    /**
     * Attaches a contact that belongs to no company (a walk-in caller) to a company, so its numbers pop
     * there from now on, without creating a second contact: one {@code PATCH /company/contacts/{id}}
     * setting {@code company} (ConnectWise Manage API, {@code patchCompanyContactsById}). The contact is
     * read back into the index at once. A contact already at that company is a success that writes
     * nothing, so a retry after a lost answer is harmless.
     *
     * @param contactId ConnectWise contact id
     * @param companyId ConnectWise company id
     * @param phone     the calling number in any format, or {@code null}: only picks the redirect
     * @return what happened
     * @throws InvalidInputException {@code company_id} for a company ConnectWise does not have (or deleted),
     *                               {@code contact_id} for a contact that already belongs to another company,
     *                               {@code phone} for a number that cannot be dialled; nothing is written
     * @throws ConnectWiseRejectedException 404 when the contact does not exist
     */
    public MovedContact moveContact(int contactId, int companyId, String phone) {
        NormalizedPhone caller = phone == null || phone.isBlank() ? null : parse(phone, "phone");
        Contact contact = connectWise.contact(contactId);
        Company company = companyNamed(companyId);
        Integer current = contact.company() == null ? null : contact.company().id();
        String e164 = caller != null ? caller.e164() : numbersOf(contact).map(NormalizedPhone::e164).findFirst().orElse(null);
        if (current != null && current == companyId) {
            sync.refreshContact(contact);
            return new MovedContact(false, name(contact) + " already belongs to " + company.name()
                    + ", so nothing was changed.", contactId, companyId, landing(e164, companyId, contactId), null);
        }
        if (current != null) {
            String at = contact.company().name() == null ? "company " + current : contact.company().name();
            throw new InvalidInputException("contact_id", name(contact) + " already belongs to " + at
                    + "; only a contact without a company can be moved here");
        }
        Contact moved = connectWise.setContactCompany(contactId, companyId);
        sync.refreshContact(moved);
        LOG.infof("Contact %d moved to company %d", contactId, companyId);
        OpenPhonePush pushed = openPhone.update(person(moved)).orElse(null);
        return new MovedContact(true, "Moved " + name(contact) + " to " + company.name() + ".", contactId, companyId,
                landing(e164, companyId, contactId), pushed);
    }

    private Company companyNamed(int companyId) {
        Company company;
        try {
            company = connectWise.company(companyId);
        } catch (ConnectWiseRejectedException e) {
            if (e.status() == 404) {
                throw new InvalidInputException("company_id", "ConnectWise has no company " + companyId
                        + "; choose the company from the search");
            }
            throw e;
        }
        if (Boolean.TRUE.equals(company.deletedFlag())) {
            throw new InvalidInputException("company_id", company.name() + " was deleted in ConnectWise; choose another company");
        }
        return company;
    }

    private String landing(String e164, int companyId, int contactId) {
        return e164 != null ? target.afterWrite(e164, companyId, contactId)
                : "/companies/" + companyId + "?contactId=" + contactId;
    }

    /**
     * Adds one phone number to a contact with {@code POST /company/contacts/{id}/communications},
     * leaving its other items untouched; a number the contact already has is a success that writes nothing.
     *
     * @param contactId ConnectWise contact id
     * @param phone     the number in any format (validated by the caller)
     * @param phoneType a type name of this instance (Cell, Direct, Fax …)
     * @return what happened
     * @throws InvalidInputException for an unknown phone type or an unparseable number
     * @throws io.screenpop.connectwise.ConnectWiseRejectedException 404 when the contact does not exist
     */
    public AddedPhone addPhone(int contactId, String phone, String phoneType) {
        NormalizedPhone number = parse(phone, "phone");
        CommunicationType type = phoneTypes.resolve(phoneType);
        Contact contact = connectWise.contact(contactId);
        Integer companyId = contact.company() == null ? null : contact.company().id();
        String region = regionOf(companyId);
        String value = stored.valueOf(number, region);
        if (numbersOf(contact, region).anyMatch(p -> p.e164().equals(number.e164()))) {
            sync.refreshContact(contact);
            return new AddedPhone(false, name(contact) + " already has " + normalizer.display(number.e164())
                    + ", so nothing was changed.", contactId,
                    companyId, target.afterWrite(number.e164(), companyId, contactId), null);
        }
        CommunicationItem item = connectWise.addCommunication(contactId, new CommunicationItem(null,
                Reference.ofId(type.id()), value, number.extension(), false, PhoneTypes.communicationTypeOf(type)));
        List<CommunicationItem> items = new ArrayList<>(contact.items());
        items.add(new CommunicationItem(item.id(), new Reference(type.id(), null, type.description()),
                value, number.extension(), false, PhoneTypes.communicationTypeOf(type)));
        Contact updated = new Contact(contact.id(), contact.firstName(), contact.lastName(), contact.company(),
                contact.country(), contact.title(), contact.inactiveFlag(), items, contact.info());
        sync.refreshContact(updated);
        LOG.infof("Phone %s (%s) added to contact %d", number.e164(), type.description(), contactId);
        OpenPhonePush pushed = openPhone.update(person(updated)).orElse(null);
        return new AddedPhone(true, "Added " + normalizer.display(number.e164()) + " to " + name(contact) + ".",
                contactId, companyId, target.afterWrite(number.e164(), companyId, contactId), pushed);
    }

    /**
     * Creates a contact at a company with its phone (and e-mail) in one {@code POST /company/contacts},
     * then pushes it to OpenPhone when configured ({@link OpenPhoneContacts}: never fails the creation).
     *
     * @param companyId ConnectWise company id
     * @param firstName first name
     * @param lastName  last name
     * @param phone     the number in any format
     * @param email     e-mail address, or {@code null}
     * @param phoneType a type name of this instance; {@code null} means Cell
     * @return the created contact
     */
    public CreatedContact createContact(int companyId, String firstName, String lastName, String phone, String email,
            String phoneType) {
        NormalizedPhone number = parse(phone, "phone");
        CommunicationType type = phoneTypes.resolve(phoneType == null || phoneType.isBlank() ? "Cell" : phoneType);
        List<CommunicationItem> items = new ArrayList<>();
        items.add(new CommunicationItem(null, Reference.ofId(type.id()), stored.valueOf(number, regionOf(companyId)),
                number.extension(), true,
                PhoneTypes.communicationTypeOf(type)));
        if (email != null && !email.isBlank()) {
            Optional<CommunicationType> emailType = phoneTypes.emailType();
            items.add(new CommunicationItem(null, emailType.map(t -> Reference.ofId(t.id())).orElse(null), email.strip(),
                    null, true, "Email"));
        }
        Contact created = connectWise.createContact(new NewContact(firstName.strip(), lastName.strip(),
                Reference.ofId(companyId), items));
        sync.refreshContact(created);
        LOG.infof("Contact %d created at company %d with phone %s", created.id(), companyId, number.e164());
        OpenPhonePush pushed = openPhone.push(created.id(), firstName.strip(), lastName.strip(),
                created.company() == null ? null : created.company().name(), email, number.e164()).orElse(null);
        return new CreatedContact(created, target.afterWrite(number.e164(), companyId, created.id()), pushed);
    }

    /** @return the contact as OpenPhone gets it: every number in E.164, every e-mail, default first */
    private OpenPhoneContacts.Person person(Contact contact) {
        List<String> numbers = numbersOf(contact).map(NormalizedPhone::e164).distinct().toList();
        List<String> emails = contact.items().stream()
                .filter(i -> "Email".equalsIgnoreCase(i.communicationType()) && i.value() != null && !i.value().isBlank())
                .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.defaultFlag()), Boolean.TRUE.equals(a.defaultFlag())))
                .map(i -> i.value().strip()).distinct().toList();
        return new OpenPhoneContacts.Person(contact.id(), contact.firstName(), contact.lastName(),
                contact.company() == null ? null : contact.company().name(), emails, numbers);
    }

    /** @return the contact's dialable numbers, read in its company's country (the default region without one) */
    private Stream<NormalizedPhone> numbersOf(Contact contact) {
        return numbersOf(contact, regionOf(contact.company() == null ? null : contact.company().id()));
    }

    /** @return the contact's dialable numbers, read in this region ({@code null}: the default region) */
    private Stream<NormalizedPhone> numbersOf(Contact contact, String region) {
        return contact.items().stream().filter(CommunicationItem::isNumber)
                .map(i -> normalizer.normalize(i.value(), region, i.extension())).flatMap(Optional::stream);
    }

    /**
     * @param contact a contact
     * @return "First Last", or "the contact" when ConnectWise gave no name
     */
    static String name(Contact contact) {
        String full = ((contact.firstName() == null ? "" : contact.firstName()) + " "
                + (contact.lastName() == null ? "" : contact.lastName())).strip();
        return full.isEmpty() ? "the contact" : full;
    }

    private NormalizedPhone parse(String phone, String field) {
        return normalizer.normalize(phone).orElseThrow(() -> new InvalidInputException(field,
                "is not a phone number we can dial (e.g. (408) 555-1212 or +44 20 7946 0958)"));
    }

    /** @return the region the index reads a company's records in (its country as synced), or {@code null} */
    private String regionOf(Integer companyId) {
        return rows.regionOf(repository.countryOf(repository.state().currentGeneration, companyId));
    }
}
