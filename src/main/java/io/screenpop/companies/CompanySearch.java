package io.screenpop.companies;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.screenpop.index.IndexState;
import io.screenpop.index.IndexedCompany;

/**
 * Company autocomplete over the local index (name or identifier containing the text, names that
 * start with it first), so it answers while the agent types without a ConnectWise round trip.
 * Companies created through this service are in the index at once; others within one incremental sync.
 */
@ApplicationScoped
public class CompanySearch {

    /** Most results one search returns. */
    public static final int LIMIT = 10;

    private final EntityManager em;

    /** CDI constructor. */
    public CompanySearch(EntityManager em) {
        this.em = em;
    }

    /**
     * @param text what the agent typed (at least 2 characters, checked by the caller)
     * @return up to {@link #LIMIT} companies
     */
    @Transactional
    public List<CompanySummary> search(String text) {
        String needle = escape(text.strip().toLowerCase(Locale.ROOT));
        List<IndexedCompany> found = em.createQuery("from IndexedCompany c where c.generation = :g"
                + " and (lower(c.name) like :contains escape '!' or lower(c.identifier) like :contains escape '!')"
                + " order by case when lower(c.name) like :starts escape '!' then 0 else 1 end, lower(c.name), c.id",
                IndexedCompany.class)
                .setParameter("g", IndexState.get().currentGeneration)
                .setParameter("contains", "%" + needle + "%")
                .setParameter("starts", needle + "%")
                .setMaxResults(LIMIT)
                .getResultList();
        return found.stream().map(CompanySearch::summary).toList();
    }

    /**
     * @param name a company name, compared without regard to case or surrounding blanks
     * @return every company of the live index generation with exactly that name, by id
     */
    @Transactional
    public List<IndexedCompany> byName(String name) {
        return em.createQuery("from IndexedCompany c where c.generation = :g and lower(c.name) = :n order by c.id",
                IndexedCompany.class)
                .setParameter("g", IndexState.get().currentGeneration)
                .setParameter("n", name.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(LIMIT)
                .getResultList();
    }

    /**
     * @param c a company row
     * @return its summary with a label like {@code ACME Corporation - San Jose, CA}
     */
    public static CompanySummary summary(IndexedCompany c) {
        String place = join(c.city, c.state);
        return new CompanySummary(c.id, c.name, c.identifier, c.city, c.state, c.phoneNumber,
                place.isEmpty() ? c.name : c.name + " - " + place);
    }

    private static String join(String city, String state) {
        boolean hasCity = city != null && !city.isBlank();
        boolean hasState = state != null && !state.isBlank();
        return (hasCity ? city : "") + (hasCity && hasState ? ", " : "") + (hasState ? state : "");
    }

    /** Escapes JPQL LIKE wildcards with '!' so the agent's text matches literally. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
