package io.screenpop.index;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A contact as last synced from ConnectWise; its numbers are {@link PhoneEntry} rows. */
@Entity
@Table(name = "indexed_contact")
public class IndexedContact extends PanacheEntityBase {

    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indexed_contact_seq")
    @SequenceGenerator(name = "indexed_contact_seq", sequenceName = "indexed_contact_seq", allocationSize = 500)
    public Long rowId;
    /** Index generation the row belongs to. */
    public long generation;
    /** ConnectWise contact id. */
    public int id;
    /** Company id, or {@code null}. */
    public Integer companyId;
    /** First name. */
    public String firstName;
    /** Last name. */
    public String lastName;
    /** Job title. */
    public String title;
    /** E-mail addresses, newline-separated, default first. */
    public String emails;
    /** Whether the contact is inactive in ConnectWise (its numbers are then not indexed). */
    public boolean inactive;
    /** ConnectWise's {@code _info.lastUpdated}. */
    public Instant updatedAt;
    /** When this row was written. */
    public Instant syncedAt;

    /** @return "First Last", trimmed */
    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }
}
