package io.screenpop.threecx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.screenpop.index.IndexMatch;
import io.screenpop.index.IndexView;
import io.screenpop.index.PhoneIndex;
import io.screenpop.index.PhoneSource;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.index.PhoneLookup;

/**
 * 3CX's {@code SearchContacts} ({@code [SearchText]}), answered from the in-memory index only, never
 * from ConnectWise: contacts and companies by name, company name or number, at most {@value #LIMIT},
 * best first. Text of at least {@value #MIN_DIGITS} digits (separators and {@code +} allowed) is a
 * number: the exact E.164 number first, then numbers containing the digits. Other text is split into
 * words, each of which must occur in the contact's or company's name (a contact also matches by its
 * company's name); ranked by how well the name matches: equal, then starting with the text, then a
 * word starting with it, then containing it; contacts before companies on a tie, then by name.
 * Only what the index holds can be found: contacts and companies with at least one number.
 */
@ApplicationScoped
public class ThreeCxSearch {

    /** Most results of one search. */
    public static final int LIMIT = 20;
    /** Digits that make the search text a number. */
    public static final int MIN_DIGITS = 3;

    private final PhoneIndex index;
    private final PhoneLookup lookup;

    /** CDI constructor. */
    public ThreeCxSearch(PhoneIndex index, PhoneLookup lookup) {
        this.index = index;
        this.lookup = lookup;
    }

    /**
     * One result: a contact (with its desk and mobile numbers) or a company (with its main line).
     *
     * @param contactId   ConnectWise contact id, or {@code null} for a company
     * @param firstName   contact's first name
     * @param lastName    contact's last name
     * @param name        contact's full name, or {@code null} for a company
     * @param companyId   ConnectWise company id, or {@code null}
     * @param companyName company name
     * @param email       contact's default e-mail, or {@code null}
     * @param phone       desk phone or company main line in E.164, or {@code null}
     * @param mobile      mobile in E.164, or {@code null}
     * @param rank        0 is best
     */
    public record Hit(Integer contactId, String firstName, String lastName, String name, Integer companyId,
            String companyName, String email, String phone, String mobile, int rank) {

        /** @return whether this is a contact rather than a company */
        public boolean isContact() {
            return contactId != null;
        }
    }

    /**
     * @param text what the 3CX user typed (at least 2 characters, checked by the caller)
     * @return up to {@value #LIMIT} hits, best first
     */
    public List<Hit> search(String text) {
        String wanted = text.strip();
        String digits = wanted.replaceAll("[^0-9]", "");
        boolean number = digits.length() >= MIN_DIGITS && wanted.matches("[+0-9 ().\\-/]+");
        IndexView view = index.view();
        String exact = number ? lookup.normalize(wanted).map(NormalizedPhone::e164).orElse(null) : null;
        String lowered = wanted.toLowerCase(Locale.ROOT);
        String[] words = lowered.split("\\s+");
        Map<Integer, Candidate> contacts = new HashMap<>();
        Map<Integer, Candidate> companies = new HashMap<>();
        for (IndexMatch m : view.all()) {
            int rank = number ? numberRank(m, exact, digits) : nameRank(m, lowered, words);
            if (rank >= 0) {
                candidates(m, contacts, companies).ifPresent(c -> c.rank = c.rank < 0 ? rank : Math.min(c.rank, rank));
            }
            if (!number && m.isContact() && m.companyId() != null) {
                int companyRank = rankOfName(m.companyName(), lowered, words);
                if (companyRank >= 0) {
                    // a company is found by its name even when only its contacts have numbers
                    companies.computeIfAbsent(m.companyId(), k -> Candidate.companyOnly(m, companyRank));
                }
            }
        }
        for (IndexMatch m : view.all()) {
            Candidate found = m.isContact() ? contacts.get(m.contactId()) : m.companyId() == null ? null : companies.get(m.companyId());
            if (found != null) {
                found.matches.add(m);
            }
        }
        List<Hit> hits = new ArrayList<>();
        contacts.values().stream().filter(c -> c.rank >= 0 && !c.matches.isEmpty()).forEach(c -> hits.add(c.contactHit()));
        companies.values().stream().filter(c -> c.rank >= 0).forEach(c -> hits.add(c.companyHit()));
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.isContact() ? 0 : 1)
                .thenComparing(h -> (h.isContact() ? h.name() : h.companyName()) == null ? ""
                        : (h.isContact() ? h.name() : h.companyName()).toLowerCase(Locale.ROOT))
                .thenComparing(h -> h.isContact() ? h.contactId() : h.companyId()));
        return hits.size() > LIMIT ? List.copyOf(hits.subList(0, LIMIT)) : List.copyOf(hits);
    }

    private static Optional<Candidate> candidates(IndexMatch m, Map<Integer, Candidate> contacts,
            Map<Integer, Candidate> companies) {
        if (m.isContact()) {
            return Optional.of(contacts.computeIfAbsent(m.contactId(), k -> new Candidate()));
        }
        return m.companyId() == null ? Optional.empty()
                : Optional.of(companies.computeIfAbsent(m.companyId(), k -> new Candidate()));
    }

    private static int numberRank(IndexMatch m, String exact, String digits) {
        if (m.source() == PhoneSource.COMPANY_FAX) {
            return -1;
        }
        if (m.e164().equals(exact)) {
            return 0;
        }
        return m.e164().contains(digits) ? 1 : -1;
    }

    private static int nameRank(IndexMatch m, String text, String[] words) {
        if (m.source() == PhoneSource.COMPANY_FAX) {
            return -1;
        }
        if (m.isContact()) {
            int own = rankOfName(m.contactName(), text, words);
            if (own >= 0) {
                return own;
            }
            String both = lower(m.contactName()) + " " + lower(m.companyName());
            for (String w : words) {
                if (!both.contains(w)) {
                    return -1;
                }
            }
            return 4;
        }
        return rankOfName(m.companyName(), text, words);
    }

    /** @return 0 equal, 1 starts with the text, 2 a word starts with it, 3 every word contained; -1 no match */
    static int rankOfName(String name, String text, String[] words) {
        String n = lower(name);
        if (n.isEmpty()) {
            return -1;
        }
        if (n.equals(text)) {
            return 0;
        }
        if (n.startsWith(text)) {
            return 1;
        }
        if (n.contains(" " + text)) {
            return 2;
        }
        for (String w : words) {
            if (!n.contains(w)) {
                return -1;
            }
        }
        return 3;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** The entries of one contact or company met so far and its best rank. */
    private static final class Candidate {
        final List<IndexMatch> matches = new ArrayList<>(2);
        IndexMatch placeholder;
        int rank = -1;

        static Candidate companyOnly(IndexMatch contactEntry, int rank) {
            Candidate c = new Candidate();
            c.placeholder = new IndexMatch(null, null, null, null, PhoneSource.COMPANY_MAIN, contactEntry.companyId(),
                    contactEntry.companyIdentifier(), contactEntry.companyName(), null, null, null, null, null, null);
            c.rank = rank;
            return c;
        }

        Hit contactHit() {
            IndexMatch m = matches.get(0);
            // the view has no order among a contact's numbers: take the lowest, so the answer is the same every time
            Optional<String> mobile = matches.stream().filter(x -> ContactNumbers.isMobile(x.phoneType()))
                    .map(IndexMatch::e164).min(Comparator.naturalOrder());
            Optional<String> desk = matches.stream().filter(x -> !ContactNumbers.isMobile(x.phoneType())
                    && (x.phoneType() == null || !x.phoneType().toLowerCase(Locale.ROOT).contains("fax")))
                    .map(IndexMatch::e164).min(Comparator.naturalOrder());
            return new Hit(m.contactId(), m.contactFirstName(), m.contactLastName(), m.contactName(), m.companyId(),
                    m.companyName(), m.contactEmail(), desk.orElse(null), mobile.orElse(null), rank);
        }

        Hit companyHit() {
            IndexMatch m = matches.stream().filter(x -> x.source() == PhoneSource.COMPANY_MAIN && x.e164() != null)
                    .findFirst().orElse(placeholder != null ? placeholder : matches.get(0));
            return new Hit(null, null, null, null, m.companyId(), m.companyName(), null, m.e164(), null, rank);
        }
    }
}
