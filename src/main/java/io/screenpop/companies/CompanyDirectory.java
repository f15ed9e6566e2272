package io.screenpop.companies;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.screenpop.index.IndexState;
import io.screenpop.index.IndexedCompany;
import io.screenpop.index.IndexedContact;
import io.screenpop.index.PhoneEntry;

/** Companies, contacts and numbers as last synced, read from the live index generation (no ConnectWise call). */
@ApplicationScoped
public class CompanyDirectory {

    /**
     * @param companyId ConnectWise company id
     * @return the company, if the index knows it
     */
    @Transactional
    public Optional<IndexedCompany> company(int companyId) {
        return IndexedCompany.find("generation = ?1 and id = ?2", generation(), companyId).firstResultOptional();
    }

    /**
     * @param companyId ConnectWise company id
     * @return its contacts, active first, then by last and first name
     */
    @Transactional
    public List<IndexedContact> contacts(int companyId) {
        return IndexedContact.<IndexedContact>find(
                "generation = ?1 and companyId = ?2 order by inactive, lower(lastName), lower(firstName), id",
                generation(), companyId).list();
    }

    /**
     * @param contactId ConnectWise contact id
     * @return the contact, if the index knows it
     */
    @Transactional
    public Optional<IndexedContact> contact(int contactId) {
        return IndexedContact.find("generation = ?1 and id = ?2", generation(), contactId).firstResultOptional();
    }

    /**
     * @param contactId ConnectWise contact id
     * @return the contact's indexed numbers
     */
    @Transactional
    public List<PhoneEntry> contactNumbers(int contactId) {
        return PhoneEntry.<PhoneEntry>find("generation = ?1 and contactId = ?2 order by id", generation(), contactId).list();
    }

    /**
     * @param companyId ConnectWise company id
     * @return every indexed number at the company (its lines and its contacts')
     */
    @Transactional
    public List<PhoneEntry> numbers(int companyId) {
        return PhoneEntry.<PhoneEntry>find("generation = ?1 and companyId = ?2 order by id", generation(), companyId).list();
    }

    private static long generation() {
        return IndexState.get().currentGeneration;
    }
}
