package io.screenpop.index;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A company as last synced from ConnectWise, for pages that must not wait on ConnectWise. */
@Entity
@Table(name = "indexed_company")
public class IndexedCompany extends PanacheEntityBase {

    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indexed_company_seq")
    @SequenceGenerator(name = "indexed_company_seq", sequenceName = "indexed_company_seq", allocationSize = 500)
    public Long rowId;
    /** Index generation the row belongs to. */
    public long generation;
    /** ConnectWise company id. */
    public int id;
    /** Unique short code. */
    public String identifier;
    /** Company name. */
    public String name;
    /** Status name, e.g. Active. */
    public String status;
    /** Address line 1. */
    public String addressLine1;
    /** Address line 2. */
    public String addressLine2;
    /** City. */
    public String city;
    /** State or county. */
    public String state;
    /** Postal code. */
    public String zip;
    /** Country name. */
    public String country;
    /** Main line as stored. */
    public String phoneNumber;
    /** Fax line as stored. */
    public String faxNumber;
    /** Web site. */
    public String website;
    /** ConnectWise's {@code _info.lastUpdated}. */
    public Instant updatedAt;
    /** When this row was written. */
    public Instant syncedAt;
}
