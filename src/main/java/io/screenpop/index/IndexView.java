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
    /**
     * An overlay larger than {@code sqrt(8 × base numbers)} (at least {@value #MIN_OVERLAY}) is folded into a new base.
     * Each patch copies the overlay and each fold copies the base, so with patches of a few numbers (callbacks) the
     * cost per changed number, {@code base/limit + limit/8} entries copied, is least near that limit: about 570 for
     * 40,000 numbers. A limit of an eighth of the base copied four times as much (callbacks bench, 2026-12-02).
     */
    private static final int MIN_OVERLAY = 256;

    /** The numbers as of the last full build or fold; never changed once built. */
    private final Map<String, List<IndexMatch>> base;
    /**
     * Numbers changed since: their matches now (an empty list: removed). Small, and copied per change instead of the
     * whole base, so patching a few numbers (an agent's write, a callback) costs microseconds, not a copy of the
     * index; lookups check it first, one more hash lookup.
     */
    private final Map<String, List<IndexMatch>> overlay;
    private final int numbers;
    private final int entries;

    private IndexView(Map<String, List<IndexMatch>> byNumber, int entries) {
        this(byNumber, Map.of(), byNumber.size(), entries);
    }

    private IndexView(Map<String, List<IndexMatch>> base, Map<String, List<IndexMatch>> overlay, int numbers,
            int entries) {
        this.base = base;
        this.overlay = overlay;
        this.numbers = numbers;
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
        Map<String, List<IndexMatch>> next = new HashMap<>(overlay);
        int distinct = this.numbers;
        int count = entries;
        for (String number : numbers) {
            List<IndexMatch> previous = current(next, number);
            if (!previous.isEmpty()) {
                distinct--;
                count -= previous.size();
                next.put(number, List.of());
            }
        }
        Map<String, List<IndexMatch>> fresh = new HashMap<>();
        for (IndexMatch m : replacement) {
            fresh.computeIfAbsent(m.e164(), k -> new ArrayList<>(1)).add(m);
        }
        for (Map.Entry<String, List<IndexMatch>> e : fresh.entrySet()) {
            List<IndexMatch> previous = current(next, e.getKey());
            if (previous.isEmpty()) {
                distinct++;
            }
            count += e.getValue().size() - previous.size();
            next.put(e.getKey(), sorted(e.getValue()));
        }
        if (next.size() > Math.max(MIN_OVERLAY, (int) Math.sqrt(8.0 * base.size()))) {
            return new IndexView(merged(base, next), Map.of(), distinct, count);
        }
        return new IndexView(base, next, distinct, count);
    }

    private List<IndexMatch> current(Map<String, List<IndexMatch>> over, String number) {
        List<IndexMatch> changed = over.get(number);
        if (changed != null) {
            return changed;
        }
        List<IndexMatch> found = base.get(number);
        return found == null ? List.of() : found;
    }

    private static Map<String, List<IndexMatch>> merged(Map<String, List<IndexMatch>> base,
            Map<String, List<IndexMatch>> overlay) {
        Map<String, List<IndexMatch>> merged = new HashMap<>(base);
        overlay.forEach((number, matches) -> {
            if (matches.isEmpty()) {
                merged.remove(number);
            } else {
                merged.put(number, matches);
            }
        });
        return merged;
    }

    /**
     * @param e164 a number in E.164
     * @return its matches, best first; empty when unknown
     */
    public List<IndexMatch> lookup(String e164) {
        return current(overlay, e164);
    }

    /** @return every match of the view, number by number */
    public Iterable<IndexMatch> all() {
        if (overlay.isEmpty()) {
            return () -> base.values().stream().flatMap(List::stream).iterator();
        }
        return () -> java.util.stream.Stream.concat(
                base.entrySet().stream().filter(e -> !overlay.containsKey(e.getKey())).map(Map.Entry::getValue),
                overlay.values().stream()).flatMap(List::stream).iterator();
    }

    /** @return E.164 → matches, best first; read-only, for writing a snapshot */
    Map<String, List<IndexMatch>> byNumber() {
        return java.util.Collections.unmodifiableMap(overlay.isEmpty() ? base : merged(base, overlay));
    }

    /** @return how many distinct numbers the view knows */
    public int numbers() {
        return numbers;
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
