package io.screenpop.index;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One row of the phone index: a number in E.164 at a company, for a contact or for the company
 * itself, with the names the screenpop shows. Table {@code phone_entry} (Flyway V1).
 */
@Entity
@Table(name = "phone_entry")
public class PhoneEntry extends PanacheEntityBase {

    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_entry_seq")
    @SequenceGenerator(name = "phone_entry_seq", sequenceName = "phone_entry_seq", allocationSize = 500)
    public Long id;
    /** Index generation the row belongs to. */
    public long generation;
    /** The number in E.164, e.g. {@code +14085551212}. */
    public String e164;
    /** The value as ConnectWise holds it. */
    public String rawValue;
    /** Extension digits, or {@code null}. */
    public String extension;
    /** ConnectWise's communication type name (Direct, Cell, Fax …), or Main/Fax for company lines. */
    public String phoneType;
    /** Where the number came from. */
    @Enumerated(EnumType.STRING)
    public PhoneSource source;
    /** ConnectWise company id, or {@code null} for a contact without a company. */
    public Integer companyId;
    /** Company identifier. */
    public String companyIdentifier;
    /** Company name. */
    public String companyName;
    /** ConnectWise contact id, or {@code null} for company lines. */
    public Integer contactId;
    /** Contact's full name. */
    public String contactName;
    /** Contact's first name. */
    public String contactFirstName;
    /** Contact's last name. */
    public String contactLastName;
    /** Contact's default e-mail address. */
    public String contactEmail;
    /** ConnectWise's {@code _info.lastUpdated} of the contact or company. */
    public Instant recordUpdatedAt;
    /** When this row was written. */
    public Instant syncedAt;

    /** @return the row as the immutable value the in-memory view holds */
    public IndexMatch toMatch() {
        return new IndexMatch(e164, rawValue, extension, phoneType, source, companyId, companyIdentifier, companyName,
                contactId, contactName, contactFirstName, contactLastName, contactEmail, recordUpdatedAt);
    }
}
