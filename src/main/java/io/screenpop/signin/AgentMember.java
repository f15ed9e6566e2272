package io.screenpop.signin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An admin's explicit mapping of a signed-in user to a ConnectWise member (table {@code agent_member});
 * it wins over matching the user's e-mail to a member's {@code primaryEmail} or {@code officeEmail}.
 */
@Entity
@Table(name = "agent_member")
public class AgentMember extends PanacheEntityBase {

    /** The user's e-mail address, lower case. */
    @Id
    public String email;
    /** ConnectWise member id. */
    public Integer memberId;
    /** ConnectWise member identifier, e.g. {@code tlopez}. */
    public String memberIdentifier;
    /** The member's name when mapped. */
    public String memberName;
    /** Who made the mapping (the admin's e-mail, or {@code sign-in off}). */
    public String mappedBy;
    /** When it was made. */
    public Instant mappedAt;
}
