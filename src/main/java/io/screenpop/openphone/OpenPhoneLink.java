package io.screenpop.openphone;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A ConnectWise contact pushed to OpenPhone and the OpenPhone contact it became (table {@code openphone_contact}). */
@Entity
@Table(name = "openphone_contact")
public class OpenPhoneLink extends PanacheEntityBase {

    /** ConnectWise contact id (OpenPhone's {@code externalId}). */
    @Id
    public Integer connectwiseContactId;
    /** OpenPhone's contact id, e.g. {@code 64b7f1...}. */
    public String openphoneContactId;
    /** When the contact was last created or updated in OpenPhone. */
    public Instant pushedAt;
}
