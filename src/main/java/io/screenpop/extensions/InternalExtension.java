package io.screenpop.extensions;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An internal extension and the ConnectWise member it belongs to (table {@code internal_extension}). */
@Entity
@Table(name = "internal_extension")
public class InternalExtension extends PanacheEntityBase {

    /** The extension as the phone system sends it, e.g. {@code 205}. */
    @Id
    public String extension;
    /** ConnectWise member id. */
    public Integer memberId;
    /** ConnectWise member identifier, e.g. {@code tlopez}. */
    public String memberIdentifier;
    /** The member's name when assigned. */
    public String memberName;
    /** When it was (re)assigned. */
    public Instant assignedAt;
}
