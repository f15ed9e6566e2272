package io.screenpop.signin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.model.Member;
import io.screenpop.members.Members;

/**
 * Which ConnectWise member the signed-in agent's writes are charged to, and the rule for a member named
 * in a request.
 * <ul>
 * <li>The agent's member: an admin's explicit mapping of their e-mail ({@link AgentMember}, table
 * {@code agent_member}) when there is one, else the one active, non-API member whose {@code primaryEmail} or
 * {@code officeEmail} is the agent's e-mail, ignoring case (schema {@code Member} of connectwise-rest 1.3.0;
 * {@code defaultEmail} is only an enum naming the default address). Two members with the same address match
 * nobody: an admin maps the agent instead.</li>
 * <li>{@link #chargeTo}: a signed-in agent's time entries, notes and call logs are charged to their member
 * without asking; naming another member is refused with 403 unless the agent is an admin. Callers who are not
 * signed in (API keys, sign-in off) name the member, as before.</li>
 * </ul>
 */
@ApplicationScoped
public class AgentMembers {

    private static final Logger LOG = Logger.getLogger(AgentMembers.class);

    private final Members members;
    private final CurrentAgent agent;

    /** CDI constructor. */
    public AgentMembers(Members members, CurrentAgent agent) {
        this.members = members;
        this.agent = agent;
    }

    /** How the agent's member was found. */
    public enum Source {
        /** An admin mapped the agent's e-mail to the member. */
        MAPPING,
        /** The agent's e-mail is the member's primaryEmail or officeEmail. */
        EMAIL
    }

    /**
     * The member of a signed-in agent, or why there is none.
     *
     * @param email  the agent's e-mail, or {@code null} when the identity provider sent none
     * @param member the member, or {@code null}
     * @param source how it was found, or {@code null}
     * @param reason why there is no member, in words for the agent, or {@code null}
     */
    public record Resolution(String email, Member member, Source source, String reason) {

        /** @return whether the agent has a member to charge */
        public boolean found() {
            return member != null;
        }
    }

    /**
     * @return the signed-in agent's member, or why there is none; empty when nobody is signed in (sign-in
     *         off, API keys)
     */
    public Optional<Resolution> current() {
        if (!agent.signedIn()) {
            return Optional.empty();
        }
        Optional<String> email = agent.email();
        if (email.isEmpty()) {
            return Optional.of(new Resolution(null, null, null, "Your sign-in carries no e-mail address, so screenpop "
                    + "cannot tell which ConnectWise member you are and time cannot be logged. Ask an admin to map you "
                    + "to your member on the Members page."));
        }
        return Optional.of(resolve(email.get()));
    }

    /**
     * @param email a user's e-mail address, any case
     * @return the member their writes are charged to, or why there is none
     */
    public Resolution resolve(String email) {
        String wanted = normalize(email);
        AgentMember mapping = mappingOf(wanted);
        if (mapping != null) {
            Optional<Member> mapped = members.find(mapping.memberIdentifier);
            if (mapped.isPresent()) {
                return new Resolution(wanted, mapped.get(), Source.MAPPING, null);
            }
            return new Resolution(wanted, null, null, "You are mapped to the ConnectWise member '" + mapping.memberIdentifier
                    + "', which is no longer active, so time cannot be logged. Ask an admin to map you again.");
        }
        List<Member> matching = members.active().stream().filter(m -> m.hasEmail(wanted)).toList();
        if (matching.size() == 1) {
            return new Resolution(wanted, matching.get(0), Source.EMAIL, null);
        }
        String why = matching.isEmpty()
                ? "No active ConnectWise member has " + wanted + " as primary or office e-mail"
                : matching.size() + " ConnectWise members share the e-mail " + wanted;
        return new Resolution(wanted, null, null, why + ", so time cannot be logged. Ask an admin to map you to your "
                + "member on the Members page.");
    }

    /**
     * The member a write is charged to.
     *
     * @param named    the member identifier the request names, or blank
     * @param field    the form field it came from, for errors
     * @param required whether the write needs a member (a time entry) or may go without (a note)
     * @return the member, or {@code null} when none is needed and none was named or found
     * @throws InvalidInputException          400 naming {@code field}: an unknown member, or a required member missing
     * @throws ImpersonationRefusedException 403: a signed-in agent who is not an admin named another member
     */
    public Member chargeTo(String named, String field, boolean required) {
        boolean given = named != null && !named.isBlank();
        Optional<Resolution> self = current();
        if (self.isEmpty()) {
            if (required && !given) {
                throw new InvalidInputException(field, "is required to record time");
            }
            return given ? members.require(named, field) : null;
        }
        Resolution me = self.get();
        if (!given) {
            if (me.found()) {
                return me.member();
            }
            if (required) {
                throw new InvalidInputException(field, me.reason());
            }
            return null;
        }
        if (me.found() && me.member().identifier().equalsIgnoreCase(named.strip())) {
            return me.member();
        }
        if (!agent.admin()) {
            throw new ImpersonationRefusedException("You are signed in as " + (me.email() == null ? "a user without e-mail" : me.email())
                    + (me.found() ? " (ConnectWise member " + me.member().identifier() + ")" : "")
                    + "; only an admin may log time or notes as another member ('" + named.strip() + "').");
        }
        Member other = members.require(named, field);
        LOG.infof("Admin %s charges a write to member %s", me.email(), other.identifier());
        return other;
    }

    /** @return every explicit mapping, by e-mail */
    @Transactional
    public List<AgentMember> mappings() {
        return AgentMember.listAll(io.quarkus.panache.common.Sort.ascending("email"));
    }

    /**
     * Maps a user to a member, replacing an earlier mapping of the same e-mail.
     *
     * @param email      the user's e-mail address
     * @param identifier the member identifier
     * @return the mapping
     * @throws InvalidInputException 400 naming {@code email} or {@code member_identifier}
     */
    @Transactional
    public AgentMember map(String email, String identifier) {
        String wanted = normalize(email);
        if (wanted.length() > 320 || !wanted.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("email", "must be an e-mail address like jane@example.com");
        }
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInputException("member_identifier", "is required");
        }
        Member member = members.require(identifier, "member_identifier");
        AgentMember row = AgentMember.findById(wanted);
        if (row == null) {
            row = new AgentMember();
            row.email = wanted;
        }
        row.memberId = member.id();
        row.memberIdentifier = member.identifier();
        row.memberName = member.fullName();
        row.mappedBy = agent.email().map(AgentMembers::normalize).orElse(agent.signInOff() ? "sign-in off" : "API key");
        row.mappedAt = Instant.now();
        row.persist();
        LOG.infof("User %s mapped to ConnectWise member %s", wanted, member.identifier());
        return row;
    }

    /**
     * @param email the user's e-mail address
     * @return whether a mapping was removed
     */
    @Transactional
    public boolean unmap(String email) {
        return AgentMember.deleteById(normalize(email));
    }

    @Transactional
    AgentMember mappingOf(String email) {
        return AgentMember.findById(email);
    }

    private static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
