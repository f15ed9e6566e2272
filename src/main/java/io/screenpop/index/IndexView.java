package io.screenpop.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the phone index in memory: E.164 number → its matches, ordered so the
 * first is the best answer (contacts first, most recently updated first; then company main lines,
 * then fax lines). Lookups never touch the database and never see a half-built index, because a
 * view is only ever replaced whole ({@link PhoneIndex}).
 */
public final class IndexView {

    /** Order of matches for one number, best first. */
    public static final Comparator<IndexMatch> BEST_FIRST = Comparator
            .comparing((IndexMatch m) -> m.source().ordinal())
            .thenComparing(IndexMatch::recordUpdatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(IndexMatch::contactId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IndexMatch::companyId, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final IndexView EMPTY = new IndexView(Map.of(), 0);

    private final Map<String, List<IndexMatch>> byNumber;
    private final int entries;

    private IndexView(Map<String, List<IndexMatch>> byNumber, int entries) {
        this.byNumber = byNumber;
        this.entries = entries;
    }

    /** @return a view with no numbers */
    public static IndexView empty() {
        return EMPTY;
    }

    /**
     * @param matches every row of one generation, in any order
     * @return a view over them
     */
    public static IndexView of(Collection<IndexMatch> matches) {
        Map<String, List<IndexMatch>> grouped = new HashMap<>(Math.max(16, matches.size() * 4 / 3));
        for (IndexMatch m : matches) {
            grouped.computeIfAbsent(m.e164(), k -> new ArrayList<>(1)).add(m);
        }
        return freeze(grouped);
    }

    /**
     * A view over numbers whose matches are already best first (read back from a snapshot of a view).
     *
     * @param byNumber E.164 → its matches in {@link #BEST_FIRST} order, immutable lists; the view takes the map over
     * @param entries  the number of matches in all
     * @return a view over them
     */
    static IndexView ofOrdered(Map<String, List<IndexMatch>> byNumber, int entries) {
        return new IndexView(byNumber, entries);
    }

    /**
     * A copy of this view where the listed numbers hold exactly the given matches (none: removed).
     *
     * @param numbers     the E.164 numbers whose matches are replaced
     * @param replacement their current matches, read from the table
     * @return the new view; this one is unchanged
     */
    public IndexView replacing(Collection<String> numbers, Collection<IndexMatch> replacement) {
        Map<String, List<IndexMatch>> copy = new HashMap<>(byNumber);
        int count = entries;
        for (String number : numbers) {
            List<IndexMatch> removed = copy.remove(number);
            count -= removed == null ? 0 : removed.size();
        }
        Map<String, List<IndexMatch>> fresh = new HashMap<>();
        for (IndexMatch m : replacement) {
            fresh.computeIfAbsent(m.e164(), k -> new ArrayList<>(1)).add(m);
        }
        for (Map.Entry<String, List<IndexMatch>> e : fresh.entrySet()) {
            List<IndexMatch> previous = copy.put(e.getKey(), sorted(e.getValue()));
            count += e.getValue().size() - (previous == null ? 0 : previous.size());
        }
        return new IndexView(copy, count);
    }

    /**
     * @param e164 a number in E.164
     * @return its matches, best first; empty when unknown
     */
    public List<IndexMatch> lookup(String e164) {
        List<IndexMatch> found = byNumber.get(e164);
        return found == null ? List.of() : found;
    }

    /** @return every match of the view, number by number */
    public Iterable<IndexMatch> all() {
        return () -> byNumber.values().stream().flatMap(List::stream).iterator();
    }

    /** @return E.164 → matches, best first; read-only, for writing a snapshot */
    Map<String, List<IndexMatch>> byNumber() {
        return java.util.Collections.unmodifiableMap(byNumber);
    }

    /** @return how many distinct numbers the view knows */
    public int numbers() {
        return byNumber.size();
    }

    /** @return how many (number, company, contact) entries the view holds */
    public int entries() {
        return entries;
    }

    private static IndexView freeze(Map<String, List<IndexMatch>> grouped) {
        int count = 0;
        for (Map.Entry<String, List<IndexMatch>> e : grouped.entrySet()) {
            e.setValue(sorted(e.getValue()));
            count += e.getValue().size();
        }
        return new IndexView(grouped, count);
    }

    private static List<IndexMatch> sorted(List<IndexMatch> list) {
        if (list.size() > 1) {
            list.sort(BEST_FIRST);
        }
        return List.copyOf(list);
    }
}
