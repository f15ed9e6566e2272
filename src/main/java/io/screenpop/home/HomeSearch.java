package io.screenpop.home;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.screenpop.companies.CompanySearch;
import io.screenpop.companies.CompanySummary;
import io.screenpop.index.IndexMatch;
import io.screenpop.index.IndexState;
import io.screenpop.index.IndexedCompany;
import io.screenpop.index.IndexedContact;
import io.screenpop.index.PhoneIndex;
import io.screenpop.index.PhoneLookup;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;
import io.screenpop.screenpop.ScreenpopTarget;

/**
 * The home page's one search box: a phone number in any format, or part of a company's or contact's
 * name, answered from the local index only (no ConnectWise round trip).
 * <ul>
 * <li>Text with at least 7 digits and only phone punctuation is a number: every company and contact
 * holding it (from the in-memory index), or, when nobody does, one {@code number} hit leading to
 * pick-or-create. Typing a number here is not a call, so nothing is recorded.</li>
 * <li>Anything else of 2 characters or more searches names: companies (name or identifier,
 * {@link CompanySearch}) and then contacts (first and last name), each up to {@value #LIMIT}.</li>
 * </ul>
 */
@ApplicationScoped
public class HomeSearch {

    /** Most hits of each kind. */
    public static final int LIMIT = 8;

    private final CompanySearch companies;
    private final EntityManager em;
    private final PhoneLookup lookup;
    private final PhoneIndex index;
    private final PhoneNumberNormalizer normalizer;
    private final ScreenpopTarget target;

    /** CDI constructor. */
    public HomeSearch(CompanySearch companies, EntityManager em, PhoneLookup lookup, PhoneIndex index,
            PhoneNumberNormalizer normalizer, ScreenpopTarget target) {
        this.companies = companies;
        this.em = em;
        this.lookup = lookup;
        this.index = index;
        this.normalizer = normalizer;
        this.target = target;
    }

    /**
     * @param text what the agent typed, at least 2 characters (checked by the caller)
     * @return the hits, best first; empty when nothing matches
     */
    @Transactional
    public List<SearchHit> search(String text) {
        String query = text.strip();
        if (looksLikeNumber(query)) {
            return number(query);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (CompanySummary c : companies.search(query).stream().limit(LIMIT).toList()) {
            String place = c.label().equals(c.name()) ? "" : c.label().substring(c.name().length() + 3);
            String detail = (place.isEmpty() ? "" : place + " · ") + c.identifier();
            hits.add(new SearchHit("company", c.name(), detail, "/companies/" + c.id()));
        }
        hits.addAll(contacts(query));
        return hits;
    }

    /** @return whether the text is a phone number rather than a name: 7+ digits and phone punctuation only */
    static boolean looksLikeNumber(String text) {
        int digits = 0;
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c)) {
                digits++;
            } else if ("+-.() /".indexOf(c) < 0 && !(c == 'x' || c == 'X')) {
                return false;
            }
        }
        return digits >= 7;
    }

    private List<SearchHit> number(String query) {
        Optional<NormalizedPhone> phone = lookup.normalize(query);
        if (phone.isEmpty()) {
            return List.of();
        }
        String e164 = phone.get().e164();
        String display = normalizer.display(e164);
        List<IndexMatch> matches = index.lookup(e164);
        if (matches.isEmpty()) {
            return List.of(new SearchHit("number", display, "Nobody has this number yet: attach it to a company",
                    "/screenpop/attach?phone=" + encode(e164)));
        }
        List<SearchHit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IndexMatch m : matches) {
            String key = m.companyId() + "/" + m.contactId();
            if (!seen.add(key)) {
                continue;
            }
            String line = m.phoneType() + " " + display;
            if (m.companyId() == null) {
                hits.add(new SearchHit("contact", m.contactName(), "No company · " + line,
                        "/contacts/" + m.contactId() + "?phone=" + encode(e164)));
            } else if (m.isContact()) {
                hits.add(new SearchHit("contact", m.contactName(), m.companyName() + " · " + line, target.resolve(m, e164)));
            } else {
                hits.add(new SearchHit("company", m.companyName(), line + " line", target.resolve(m, e164)));
            }
        }
        return hits;
    }

    private List<SearchHit> contacts(String query) {
        String needle = query.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        long generation = IndexState.get().currentGeneration;
        List<IndexedContact> found = em.createQuery("from IndexedContact c where c.generation = :g and c.inactive = false"
                + " and lower(concat(coalesce(c.firstName, ''), ' ', coalesce(c.lastName, ''))) like :contains escape '!'"
                + " order by lower(c.lastName), lower(c.firstName), c.id", IndexedContact.class)
                .setParameter("g", generation).setParameter("contains", "%" + needle + "%")
                .setMaxResults(LIMIT).getResultList();
        Set<Integer> companyIds = new HashSet<>();
        found.stream().filter(c -> c.companyId != null).forEach(c -> companyIds.add(c.companyId));
        Map<Integer, String> names = new HashMap<>();
        if (!companyIds.isEmpty()) {
            em.createQuery("from IndexedCompany c where c.generation = :g and c.id in :ids", IndexedCompany.class)
                    .setParameter("g", generation).setParameter("ids", companyIds).getResultList()
                    .forEach(c -> names.put(c.id, c.name));
        }
        return found.stream().map(c -> c.companyId == null
                ? new SearchHit("contact", c.fullName(), "No company", "/contacts/" + c.id)
                : new SearchHit("contact", c.fullName(), names.getOrDefault(c.companyId, "Company " + c.companyId),
                        "/companies/" + c.companyId + "?contactId=" + c.id)).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
