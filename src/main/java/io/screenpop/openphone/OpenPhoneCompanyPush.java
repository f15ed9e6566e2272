package io.screenpop.openphone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.screenpop.index.IndexState;
import io.screenpop.index.IndexedCompany;
import io.screenpop.index.IndexedContact;
import io.screenpop.index.PhoneEntry;

/**
 * The admin action "push every contact of one company to OpenPhone": each active contact of the
 * company with at least one number, as the index holds it (numbers in E.164, e-mails default first),
 * is created in OpenPhone or, when it was pushed before, its OpenPhone contact is updated
 * ({@link OpenPhoneContacts#push(OpenPhoneContacts.Person)}). Each call is time-boxed at 3 s and the
 * whole action at {@value #MAX_SECONDS} s: contacts left when time is up are reported as not attempted,
 * so the action can simply be repeated (pushed contacts are then updated, never duplicated).
 */
@ApplicationScoped
public class OpenPhoneCompanyPush {

    /** Longest the whole action may take, in seconds. */
    public static final int MAX_SECONDS = 30;

    private final OpenPhoneContacts openPhone;

    /** CDI constructor. */
    public OpenPhoneCompanyPush(OpenPhoneContacts openPhone) {
        this.openPhone = openPhone;
    }

    /**
     * @param contactId ConnectWise contact id
     * @param name      full name
     * @param openphone the outcome, or {@code null} when not attempted
     * @param skipped   why it was not attempted, or {@code null}
     */
    public record ContactResult(@JsonProperty("contact_id") int contactId, String name, OpenPhonePush openphone,
            String skipped) {
    }

    /**
     * @param companyId ConnectWise company id
     * @param company   company name
     * @param pushed    contacts OpenPhone now has
     * @param failed    contacts OpenPhone refused or did not answer for
     * @param skipped   contacts not attempted (no number, or time was up)
     * @param contacts  each contact's outcome
     */
    public record Summary(@JsonProperty("company_id") int companyId, String company, int pushed, int failed, int skipped,
            List<ContactResult> contacts) {
    }

    /** The company's contacts and their numbers as read from the index. */
    record Read(IndexedCompany company, List<OpenPhoneContacts.Person> people, List<IndexedContact> withoutNumber) {
    }

    /**
     * @param companyId ConnectWise company id
     * @return the summary, or empty when the index has no such company
     */
    public Optional<Summary> push(int companyId) {
        Read read = read(companyId);
        if (read == null) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + MAX_SECONDS * 1_000_000_000L;
        List<ContactResult> results = new ArrayList<>();
        int pushed = 0;
        int failed = 0;
        int skipped = 0;
        for (OpenPhoneContacts.Person person : read.people()) {
            String name = (person.firstName() + " " + person.lastName()).trim();
            if (System.nanoTime() > deadline) {
                results.add(new ContactResult(person.connectWiseId(), name, null, "not attempted: time was up; push again"));
                skipped++;
                continue;
            }
            OpenPhonePush outcome = openPhone.push(person).orElseThrow();
            results.add(new ContactResult(person.connectWiseId(), name, outcome, null));
            if (outcome.integrated()) {
                pushed++;
            } else {
                failed++;
            }
        }
        for (IndexedContact c : read.withoutNumber()) {
            results.add(new ContactResult(c.id, c.fullName(), null, "no phone number"));
            skipped++;
        }
        return Optional.of(new Summary(companyId, read.company().name, pushed, failed, skipped, results));
    }

    @Transactional
    Read read(int companyId) {
        long generation = IndexState.get().currentGeneration;
        IndexedCompany company = IndexedCompany.<IndexedCompany>find("generation = ?1 and id = ?2", generation, companyId)
                .firstResult();
        if (company == null) {
            return null;
        }
        List<IndexedContact> contacts = IndexedContact.<IndexedContact>find(
                "generation = ?1 and companyId = ?2 and inactive = false order by lower(lastName), lower(firstName), id",
                generation, companyId).list();
        Map<Integer, List<String>> numbers = new LinkedHashMap<>();
        for (PhoneEntry e : PhoneEntry.<PhoneEntry>find("generation = ?1 and companyId = ?2 and contactId is not null order by id",
                generation, companyId).list()) {
            List<String> list = numbers.computeIfAbsent(e.contactId, k -> new ArrayList<>());
            if (!list.contains(e.e164)) {
                list.add(e.e164);
            }
        }
        List<OpenPhoneContacts.Person> people = new ArrayList<>();
        List<IndexedContact> withoutNumber = new ArrayList<>();
        for (IndexedContact c : contacts) {
            List<String> held = numbers.get(c.id);
            if (held == null || held.isEmpty()) {
                withoutNumber.add(c);
                continue;
            }
            List<String> emails = c.emails == null || c.emails.isBlank() ? List.of()
                    : Arrays.stream(c.emails.split("\n")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            people.add(new OpenPhoneContacts.Person(c.id, c.firstName == null ? "" : c.firstName,
                    c.lastName == null ? "" : c.lastName, company.name, emails, held));
        }
        return new Read(company, people, withoutNumber);
    }
}
