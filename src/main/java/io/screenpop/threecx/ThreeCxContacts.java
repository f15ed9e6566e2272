package io.screenpop.threecx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.screenpop.api.InvalidInputException;
import io.screenpop.companies.CompanyDirectory;
import io.screenpop.companies.CompanySearch;
import io.screenpop.contacts.ContactWrites;
import io.screenpop.index.IndexState;
import io.screenpop.index.IndexedCompany;
import io.screenpop.index.IndexedContact;

/**
 * The contact scenarios of the 3CX template besides the number lookup:
 * <ul>
 * <li>{@code LookupByEmail}: a contact by e-mail address, from the index's contact rows
 * ({@code indexed_contact.emails} keeps every e-mail {@code communicationItem} of a contact, default
 * first; only the phone entries skip them), never from ConnectWise. The match is exact, without regard
 * to case; active contacts first, then the most recently updated. The rows are scanned with
 * {@code like}, which is fine for an occasional look-up (e-mail and chat journaling), not for a
 * per-ring one.</li>
 * <li>{@code CreateContactRecordFromClient}: creates the contact at the company whose name (any case)
 * is exactly one company's name in the index, through {@link ContactWrites#createContact} (the same
 * write as the pick-or-create flow: ConnectWise first, then the index, so the number screenpops at
 * once, then the OpenPhone push). No company or several companies of that name: 400 naming
 * {@code company}, and nothing is created.</li>
 * </ul>
 */
@ApplicationScoped
public class ThreeCxContacts {

    private final EntityManager em;
    private final CompanySearch companies;
    private final CompanyDirectory directory;
    private final ContactWrites writes;

    /** CDI constructor. */
    public ThreeCxContacts(EntityManager em, CompanySearch companies, CompanyDirectory directory, ContactWrites writes) {
        this.em = em;
        this.companies = companies;
        this.directory = directory;
        this.writes = writes;
    }

    /**
     * A contact as the 3CX answers need it.
     *
     * @param contactId   ConnectWise contact id
     * @param firstName   first name
     * @param lastName    last name
     * @param companyId   company id, or {@code null}
     * @param companyName company name, or {@code null}
     * @param email       the e-mail asked for (or the default one)
     */
    public record Found(int contactId, String firstName, String lastName, Integer companyId, String companyName,
            String email) {

        /** @return "First Last" */
        public String name() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        }
    }

    /**
     * @param email an e-mail address
     * @return the best contact holding it, if the index knows one
     */
    @Transactional
    public Optional<Found> byEmail(String email) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        String like = "%" + wanted.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<IndexedContact> rows = em.createQuery("from IndexedContact c where c.generation = :g"
                + " and lower(c.emails) like :e escape '!' order by c.inactive, c.updatedAt desc nulls last, c.id",
                IndexedContact.class)
                .setParameter("g", IndexState.get().currentGeneration).setParameter("e", like)
                .setMaxResults(50).getResultList();
        return rows.stream()
                .filter(c -> c.emails.lines().map(l -> l.strip().toLowerCase(Locale.ROOT)).anyMatch(wanted::equals))
                .findFirst()
                .map(c -> new Found(c.id, c.firstName, c.lastName, c.companyId,
                        c.companyId == null ? null : directory.company(c.companyId).map(x -> x.name).orElse(null),
                        c.emails.lines().filter(l -> l.strip().equalsIgnoreCase(wanted)).findFirst().orElse(email).strip()));
    }

    /**
     * @param form the validated body
     * @return the created contact
     * @throws InvalidInputException 400 naming {@code company} when no company or several have that name
     *                               (nothing is created), or naming the field ConnectWise would refuse
     */
    public ContactWrites.CreatedContact create(ThreeCxContactForm form) {
        IndexedCompany company = companyNamed(form.company);
        return writes.createContact(company.id, form.firstName, form.lastName, form.number,
                form.email == null || form.email.isBlank() ? null : form.email, null);
    }

    private IndexedCompany companyNamed(String name) {
        List<IndexedCompany> found = companies.byName(name);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new InvalidInputException("company", "No company is named '" + name.strip()
                    + "'. Give the company's name exactly as in ConnectWise; nothing was created.");
        }
        throw new InvalidInputException("company", found.size() + " companies are named '" + name.strip()
                + "' (identifiers " + found.stream().map(c -> c.identifier).collect(Collectors.joining(", "))
                + "); create this contact in screenpop or ConnectWise instead. Nothing was created.");
    }
}
