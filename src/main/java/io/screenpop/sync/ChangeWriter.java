package io.screenpop.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.index.IndexChange;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexRows;

/**
 * Writes one transaction's changes to a generation of the index tables, in order, and says what they changed.
 * <p>
 * Consecutive contact changes (a burst of callbacks) are written together: one read of what the index holds of them,
 * then one replace of their final state ({@link IndexRepository#replaceContacts}), instead of a few statements per
 * change. They are judged exactly as one by one: a change whose {@code _info/lastUpdated} is older than what the index
 * holds, or than an earlier change to the same contact, is stale and skipped; the last change to a contact wins. A
 * company's change is written on its own, after the contacts before it and before those after it, since it can move
 * or remove contacts' entries.
 * <p>
 * Not thread-safe: one writer per transaction, used inside it.
 */
final class ChangeWriter {

    private final IndexRepository repository;
    private final IndexRows rows;
    private final long generation;
    private final SyncCounts counts;
    private final Map<Integer, Optional<String>> countries = new HashMap<>();
    private final List<IndexChange> pendingContacts = new ArrayList<>();
    private final List<Boolean> applied = new ArrayList<>();
    private final Set<String> numbers = new HashSet<>();
    private final Set<Integer> contacts = new TreeSet<>();
    private final Set<Integer> companies = new TreeSet<>();

    /**
     * @param repository the index tables
     * @param rows       turns ConnectWise records into rows
     * @param generation the generation written (the live one)
     * @param counts     the run's counts, for numbers indexed and skipped
     */
    ChangeWriter(IndexRepository repository, IndexRows rows, long generation, SyncCounts counts) {
        this.repository = repository;
        this.rows = rows;
        this.generation = generation;
        this.counts = counts;
    }

    /**
     * What one transaction's changes did.
     *
     * @param applied   per change, in order: applied (true) or skipped as stale (false)
     * @param numbers   E.164 numbers whose matches changed
     * @param contacts  ids of the contacts changed
     * @param companies ids of the companies changed
     */
    record Written(List<Boolean> applied, Set<String> numbers, Set<Integer> contacts, Set<Integer> companies) {
        /** @return how many changes were applied; each moves the index's revision by one */
        long appliedCount() {
            return applied.stream().filter(Boolean::booleanValue).count();
        }
    }

    /**
     * Writes the changes in order.
     *
     * @param changes the transaction's changes, oldest first
     * @return what they did
     */
    Written write(List<IndexChange> changes) {
        for (IndexChange change : changes) {
            if (change instanceof IndexChange.ContactChanged || change instanceof IndexChange.ContactDeleted) {
                pendingContacts.add(change);
            } else {
                writeContacts();
                countries.remove(change.id());
                Set<String> changed = writeCompany(change);
                applied.add(changed != null);
                if (changed != null) {
                    numbers.addAll(changed);
                    companies.add(change.id());
                }
            }
        }
        writeContacts();
        return new Written(applied, numbers, contacts, companies);
    }

    private void writeContacts() {
        if (pendingContacts.isEmpty()) {
            return;
        }
        Set<Integer> ids = new HashSet<>();
        pendingContacts.forEach(c -> ids.add(c.id()));
        Map<Integer, Instant> held = repository.contactsUpdatedAt(generation, ids);
        Map<Integer, IndexRepository.ContactRows> last = new LinkedHashMap<>();
        for (IndexChange change : pendingContacts) {
            if (change instanceof IndexChange.ContactChanged c) {
                Instant updated = c.lastUpdated();
                Instant holds = held.get(c.id());
                if (updated != null && holds != null && updated.isBefore(holds)) {
                    applied.add(false);
                    continue;
                }
                last.put(c.id(), contactRows(c.contact()));
                held.put(c.id(), updated);
            } else {
                last.put(change.id(), IndexRepository.ContactRows.removed());
                held.remove(change.id());
            }
            applied.add(true);
            contacts.add(change.id());
        }
        if (!last.isEmpty()) {
            numbers.addAll(repository.replaceContacts(generation, last));
        }
        pendingContacts.clear();
    }

    private IndexRepository.ContactRows contactRows(Contact contact) {
        Instant now = Instant.now();
        Integer companyId = contact.company() == null ? null : contact.company().id();
        String country = companyId == null ? null
                : countries.computeIfAbsent(companyId, id -> Optional.ofNullable(repository.countryOf(generation, id)))
                        .orElse(null);
        IndexRows.Built built = rows.contactEntries(contact, rows.regionOf(country), generation, now);
        counts.indexed.addAndGet(built.entries().size());
        counts.skipped.addAndGet(built.skipped());
        return new IndexRepository.ContactRows(rows.contactRow(contact, generation, now), built.entries());
    }

    /** @return the numbers whose matches changed, or {@code null} when the change is stale */
    private Set<String> writeCompany(IndexChange change) {
        if (change instanceof IndexChange.CompanyChanged c) {
            Instant updated = c.lastUpdated();
            Instant holds = updated == null ? null : repository.companyUpdatedAt(generation, c.id());
            if (holds != null && updated.isBefore(holds)) {
                return null;
            }
            Company company = c.company();
            if (Boolean.TRUE.equals(company.deletedFlag())) {
                return repository.deleteCompany(generation, company.id());
            }
            Instant now = Instant.now();
            IndexRows.Built built = rows.companyEntries(company, generation, now);
            counts.indexed.addAndGet(built.entries().size());
            counts.skipped.addAndGet(built.skipped());
            return repository.replaceCompany(generation, rows.companyRow(company, generation, now), built.entries());
        }
        return repository.deleteCompany(generation, change.id());
    }
}
