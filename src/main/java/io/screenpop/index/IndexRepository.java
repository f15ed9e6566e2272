package io.screenpop.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

/**
 * Reads and writes the phone index tables. Each public method is one transaction, so a sync
 * commits page by page into its own generation and only {@link #switchGeneration} makes it live.
 */
@ApplicationScoped
public class IndexRepository {

    private static final int IN_BATCH = 500;
    private static final String MATCH_SELECT = "select new io.screenpop.index.IndexMatch(e.e164, e.rawValue, e.extension,"
            + " e.phoneType, e.source, e.companyId, e.companyIdentifier, e.companyName, e.contactId, e.contactName,"
            + " e.contactFirstName, e.contactLastName, e.contactEmail, e.recordUpdatedAt) from PhoneEntry e";

    /** The PostgreSQL channel that carries every change to the other replicas (issue 15). */
    public static final String CHANNEL = "screenpop_index";
    /** PostgreSQL's limit for a NOTIFY payload is 8000 bytes; longer id lists are left out. */
    private static final int MAX_PAYLOAD = 7900;
    /** Longest {@code index_change.numbers} list; a longer one is stored as null (readers reload the generation). */
    private static final int MAX_NUMBERS_TEXT = 1_000_000;

    private final EntityManager em;
    private final boolean postgresql;

    /**
     * CDI constructor.
     *
     * @param em      the entity manager
     * @param jdbcUrl {@code QUARKUS_DATASOURCE_JDBC_URL}; a {@code jdbc:postgresql:} URL turns on the change log and
     *                NOTIFY (several replicas)
     */
    public IndexRepository(EntityManager em,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.em = em;
        this.postgresql = jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** @return whether the index lives in PostgreSQL, shared by replicas that must hear of each other's changes */
    public boolean postgresql() {
        return postgresql;
    }

    /**
     * Locks the state row until the current transaction ends ({@code SELECT … FOR UPDATE}), so writes to the live
     * index from every thread and every replica take turns and each moves the revision from the one before. Must
     * be called inside a transaction.
     *
     * @return the state row, managed and locked
     */
    public IndexState lockState() {
        return em.find(IndexState.class, 1, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * On PostgreSQL (several replicas), records one committed-together change of the live index in
     * {@code index_change} and announces it on {@link #CHANNEL} ({@code pg_notify}, delivered when the transaction
     * commits). Must be called inside the transaction that made the change, after {@link #lockState()} and after the
     * caller moved the locked row's revision by one per change applied.
     *
     * @param generation   the generation changed
     * @param fromRevision the revision before the change
     * @param numbers      E.164 numbers whose matches changed
     * @param contactIds   contacts changed (for the notification; may be empty)
     * @param companyIds   companies changed (for the notification; may be empty)
     * @return the revision after the change ({@code fromRevision} when nothing changed)
     */
    public long logChange(long generation, long fromRevision, Collection<String> numbers, Collection<Integer> contactIds,
            Collection<Integer> companyIds) {
        em.flush();
        long revision = lockState().revision;
        if (revision == fromRevision || !postgresql) {
            // on H2 there is one replica: nobody reads the log (ReplicaListener runs on PostgreSQL only)
            return revision;
        }
        String text = String.join(",", numbers);
        em.createNativeQuery("insert into index_change (revision, from_revision, generation, numbers, changed_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, revision).setParameter(2, fromRevision).setParameter(3, generation)
                .setParameter(4, text.length() > MAX_NUMBERS_TEXT ? null : text)
                .setParameter(5, java.time.OffsetDateTime.now()).executeUpdate();
        String head = "{\"generation\":" + generation + ",\"revision\":" + revision + ",\"from\":" + fromRevision;
        String ids = ",\"contacts\":" + contactIds + ",\"companies\":" + companyIds;
        String payload = head + (head.length() + ids.length() < MAX_PAYLOAD ? ids.replace(" ", "") : "") + "}";
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, payload)
                .getSingleResult();
        return revision;
    }

    /**
     * One row of {@code index_change}.
     *
     * @param revision     the revision after the change
     * @param fromRevision the revision before it
     * @param generation   the generation it changed
     * @param numbers      the numbers whose matches changed, or {@code null} when too many were listed
     */
    public record ChangeRow(long revision, long fromRevision, long generation, List<String> numbers) {
    }

    /**
     * @param afterRevision a revision a replica's view holds
     * @return the changes after it, oldest first
     */
    @Transactional
    public List<ChangeRow> changesAfter(long afterRevision) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select revision, from_revision, generation, numbers from index_change"
                + " where revision > ?1 order by revision").setParameter(1, afterRevision).getResultList();
        List<ChangeRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String numbers = (String) r[3];
            out.add(new ChangeRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    numbers == null ? null : numbers.isEmpty() ? List.of() : List.of(numbers.split(","))));
        }
        return out;
    }

    /**
     * @param before changes logged before this are deleted
     * @return how many were deleted
     */
    @Transactional
    public int purgeChanges(Instant before) {
        return em.createNativeQuery("delete from index_change where changed_at < ?1")
                .setParameter(1, before.atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
    }

    /** @return a detached copy of the state row */
    @Transactional
    public IndexState state() {
        IndexState state = IndexState.get();
        em.detach(state);
        return state;
    }

    /**
     * Writes rows of a generation that is not live yet (a page of a full sync).
     *
     * @param rows company or contact rows, then phone entries; persisted in that order
     */
    @Transactional
    public void insert(List<?> rows) {
        rows.forEach(em::persist);
        em.flush();
        em.clear();
    }

    /**
     * Makes a completed generation live.
     *
     * @param generation   the new generation
     * @param fullSyncedAt when the full sync finished
     * @param watermark    incremental syncs read records updated after this
     */
    @Transactional
    public void switchGeneration(long generation, Instant fullSyncedAt, Instant watermark) {
        IndexState state = lockState();
        long from = state.revision;
        state.currentGeneration = generation;
        state.fullSyncedAt = fullSyncedAt;
        state.incrementalWatermark = watermark;
        state.revision++;
        logChange(generation, from, List.of(), List.of(), List.of());
    }

    /** @param watermark incremental syncs read records updated after this */
    @Transactional
    public void setWatermark(Instant watermark) {
        IndexState.get().incrementalWatermark = watermark;
    }

    /**
     * Removes every row of one generation (a failed or superseded sync).
     *
     * @param generation the generation to drop
     */
    @Transactional
    public void deleteGeneration(long generation) {
        for (String entity : List.of("PhoneEntry", "IndexedContact", "IndexedCompany")) {
            em.createQuery("delete from " + entity + " where generation = :g").setParameter("g", generation).executeUpdate();
        }
    }

    /**
     * Removes every row not of the given generation.
     *
     * @param generation the live generation, kept
     */
    @Transactional
    public void deleteAllBut(long generation) {
        for (String entity : List.of("PhoneEntry", "IndexedContact", "IndexedCompany")) {
            em.createQuery("delete from " + entity + " where generation <> :g").setParameter("g", generation).executeUpdate();
        }
    }

    /**
     * Reads a whole generation into an in-memory view, streaming rows.
     *
     * @param generation the generation
     * @return the view
     */
    @Transactional
    public IndexView loadView(long generation) {
        List<IndexMatch> all = new ArrayList<>();
        StringPool pool = new StringPool();
        try (var rows = em.createQuery(MATCH_SELECT + " where e.generation = :g", IndexMatch.class)
                .setParameter("g", generation)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 2000)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            rows.forEach(m -> all.add(pool.shared(m)));
        }
        return IndexView.of(all);
    }

    /**
     * @param generation a generation
     * @return its distinct E.164 numbers
     */
    @Transactional
    public long countNumbers(long generation) {
        return em.createQuery("select count(distinct e.e164) from PhoneEntry e where e.generation = :g", Long.class)
                .setParameter("g", generation).getSingleResult();
    }

    /**
     * @param generation a generation
     * @param contacts   true: numbers of contacts; false: company main and fax lines
     * @return the distinct E.164 numbers of that kind
     */
    @Transactional
    public long countNumbers(long generation, boolean contacts) {
        return em.createQuery("select count(distinct e.e164) from PhoneEntry e where e.generation = :g and e.contactId is "
                + (contacts ? "not null" : "null"), Long.class).setParameter("g", generation).getSingleResult();
    }

    /**
     * @param generation the generation
     * @param numbers    E.164 numbers
     * @return every match of those numbers
     */
    @Transactional
    public List<IndexMatch> matchesFor(long generation, Collection<String> numbers) {
        List<IndexMatch> out = new ArrayList<>();
        List<String> list = new ArrayList<>(numbers);
        for (int i = 0; i < list.size(); i += IN_BATCH) {
            out.addAll(em.createQuery(MATCH_SELECT + " where e.generation = :g and e.e164 in :n", IndexMatch.class)
                    .setParameter("g", generation)
                    .setParameter("n", list.subList(i, Math.min(list.size(), i + IN_BATCH)))
                    .getResultList());
        }
        return out;
    }

    /**
     * A contact's state to write: its row and phone entries, or nothing (the contact is removed).
     *
     * @param row     the contact's new row, or {@code null} to remove it
     * @param entries its new phone entries (empty when removed)
     */
    public record ContactRows(IndexedContact row, List<PhoneEntry> entries) {
        /** @return the state of a removed contact */
        public static ContactRows removed() {
            return new ContactRows(null, List.of());
        }
    }

    /**
     * Replaces several contacts and their numbers in a generation with one read, two deletes and one batch of
     * inserts per {@value #IN_BATCH} contacts, not a few statements per contact.
     *
     * @param generation the generation
     * @param contacts   contact id → its new state
     * @return the numbers whose matches changed (old and new)
     */
    @Transactional
    public Set<String> replaceContacts(long generation, Map<Integer, ContactRows> contacts) {
        Set<String> affected = new HashSet<>();
        List<Integer> ids = new ArrayList<>(contacts.keySet());
        for (int i = 0; i < ids.size(); i += IN_BATCH) {
            List<Integer> some = ids.subList(i, Math.min(ids.size(), i + IN_BATCH));
            affected.addAll(em.createQuery(
                    "select e.e164 from PhoneEntry e where e.generation = :g and e.contactId in :c", String.class)
                    .setParameter("g", generation).setParameter("c", some).getResultList());
            // native statements: Hibernate translates an HQL delete anew on every call
            em.createNativeQuery("delete from phone_entry where generation = ?1 and contact_id in (?2)")
                    .setParameter(1, generation).setParameter(2, some).executeUpdate();
            em.createNativeQuery("delete from indexed_contact where generation = ?1 and id in (?2)")
                    .setParameter(1, generation).setParameter(2, some).executeUpdate();
        }
        contacts.values().forEach(c -> {
            if (c.row() != null) {
                em.persist(c.row());
            }
            c.entries().forEach(e -> {
                em.persist(e);
                affected.add(e.e164);
            });
        });
        return affected;
    }

    /**
     * Replaces a company and its main/fax lines in a generation, and carries a new name or
     * identifier over to its contacts' entries.
     *
     * @param generation the generation
     * @param row        the company's new row
     * @param entries    its new main/fax entries
     * @return the numbers whose matches changed
     */
    @Transactional
    public Set<String> replaceCompany(long generation, IndexedCompany row, List<PhoneEntry> entries) {
        Set<String> affected = new HashSet<>(em.createQuery(
                "select e.e164 from PhoneEntry e where e.generation = :g and e.companyId = :c and e.contactId is null",
                String.class).setParameter("g", generation).setParameter("c", row.id).getResultList());
        em.createQuery("delete from PhoneEntry where generation = :g and companyId = :c and contactId is null")
                .setParameter("g", generation).setParameter("c", row.id).executeUpdate();
        em.createQuery("delete from IndexedCompany where generation = :g and id = :c")
                .setParameter("g", generation).setParameter("c", row.id).executeUpdate();
        em.persist(row);
        entries.forEach(e -> {
            em.persist(e);
            affected.add(e.e164);
        });
        int renamed = em.createQuery("update PhoneEntry set companyName = :n, companyIdentifier = :i where generation = :g"
                + " and companyId = :c and contactId is not null and (companyName <> :n or companyIdentifier <> :i)")
                .setParameter("n", row.name).setParameter("i", row.identifier)
                .setParameter("g", generation).setParameter("c", row.id).executeUpdate();
        if (renamed > 0) {
            affected.addAll(em.createQuery("select e.e164 from PhoneEntry e where e.generation = :g and e.companyId = :c",
                    String.class).setParameter("g", generation).setParameter("c", row.id).getResultList());
        }
        return affected;
    }

    /**
     * Writes the current transaction's pending changes and forgets the rows it loaded, so a long batch of changes in
     * one transaction does not slow down as Hibernate checks ever more rows before each query.
     */
    public void flushBatch() {
        em.flush();
        em.clear();
    }

    /**
     * Removes a deleted company, its main and fax lines, and its contacts with their numbers from a generation.
     *
     * @param generation the generation
     * @param companyId  the company
     * @return the numbers whose matches changed
     */
    @Transactional
    public Set<String> deleteCompany(long generation, int companyId) {
        Set<String> affected = new HashSet<>(em.createQuery(
                "select e.e164 from PhoneEntry e where e.generation = :g and e.companyId = :c", String.class)
                .setParameter("g", generation).setParameter("c", companyId).getResultList());
        em.createQuery("delete from PhoneEntry where generation = :g and companyId = :c")
                .setParameter("g", generation).setParameter("c", companyId).executeUpdate();
        em.createQuery("delete from IndexedContact where generation = :g and companyId = :c")
                .setParameter("g", generation).setParameter("c", companyId).executeUpdate();
        em.createQuery("delete from IndexedCompany where generation = :g and id = :c")
                .setParameter("g", generation).setParameter("c", companyId).executeUpdate();
        return affected;
    }

    /**
     * @param generation the generation
     * @param id         a company's id
     * @return the company's {@code _info/lastUpdated} as the index holds it, or {@code null} when unknown (contacts:
     *         {@link #contactsUpdatedAt})
     */
    @Transactional
    public Instant companyUpdatedAt(long generation, int id) {
        List<Instant> found = em.createQuery("select r.updatedAt from IndexedCompany r where r.generation = :g"
                + " and r.id = :id", Instant.class)
                .setParameter("g", generation).setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * @param generation the generation
     * @param ids        contact ids
     * @return contact id → its {@code _info/lastUpdated} as the index holds it (null when unknown); contacts the
     *         index does not hold are absent
     */
    @Transactional
    public Map<Integer, Instant> contactsUpdatedAt(long generation, Collection<Integer> ids) {
        Map<Integer, Instant> held = new HashMap<>();
        List<Integer> list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i += IN_BATCH) {
            em.createQuery("select r.id, r.updatedAt from IndexedContact r where r.generation = :g and r.id in :ids",
                    Object[].class).setParameter("g", generation)
                    .setParameter("ids", list.subList(i, Math.min(list.size(), i + IN_BATCH))).getResultList()
                    .forEach(row -> held.put((Integer) row[0], (Instant) row[1]));
        }
        return held;
    }

    /**
     * @param generation the generation
     * @param companyId  a company id, may be {@code null}
     * @return the company's country name as synced, or {@code null}
     */
    @Transactional
    public String countryOf(long generation, Integer companyId) {
        if (companyId == null) {
            return null;
        }
        List<String> countries = em.createQuery(
                "select c.country from IndexedCompany c where c.generation = :g and c.id = :id", String.class)
                .setParameter("g", generation).setParameter("id", companyId).getResultList();
        return countries.isEmpty() ? null : countries.get(0);
    }
}
