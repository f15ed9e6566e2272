package io.screenpop.extensions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.model.Member;

/**
 * The extension → member table: which caller numbers are internal extensions
 * ({@code INTERNAL_EXTENSION_PATTERN}), and assigning, reassigning and unassigning them. The
 * screenpop reads assignments from an in-memory copy ({@link #memberOf(String)}), loaded at
 * start-up and updated by every change here, so it never waits on the database.
 */
@ApplicationScoped
public class InternalExtensions {

    private static final Logger LOG = Logger.getLogger(InternalExtensions.class);

    private final Pattern pattern;
    private volatile Map<String, String> memberByExtension = Map.of();

    /** CDI constructor. */
    public InternalExtensions(ExtensionConfig config) {
        this.pattern = Pattern.compile(config.pattern());
    }

    /** @param dialled a caller number as received @return true when it is an internal extension */
    public boolean isInternal(String dialled) {
        return dialled != null && pattern.matcher(dialled.strip()).matches();
    }

    /** @return the pattern internal extensions match, for pages and errors */
    public String pattern() {
        return pattern.pattern();
    }

    /**
     * The pattern in words for agents: {@code ^\d{3,4}$} → "3 or 4 digits", {@code ^\d{3,5}$} →
     * "3 to 5 digits", {@code ^\d{4}$} → "4 digits"; any other pattern → "the extension format of your
     * phone system". Never shows the regular expression.
     *
     * @return the description
     */
    public String describe() {
        java.util.regex.Matcher m = Pattern.compile("\\^?\\\\d\\{(\\d+)(?:,(\\d+))?\\}\\$?").matcher(pattern());
        if (!m.matches()) {
            return "the extension format of your phone system";
        }
        int min = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return min + " digits";
        }
        int max = Integer.parseInt(m.group(2));
        return max == min + 1 ? min + " or " + max + " digits" : min + " to " + max + " digits";
    }

    /**
     * @param extension an extension as typed
     * @return it trimmed
     * @throws InvalidInputException 400 naming {@code extension} when it does not match the pattern
     */
    public String valid(String extension) {
        if (!isInternal(extension)) {
            throw new InvalidInputException("extension", "must be an internal extension: " + describe());
        }
        return extension.strip();
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        Map<String, String> loaded = new HashMap<>();
        InternalExtension.<InternalExtension>listAll().forEach(e -> loaded.put(e.extension, e.memberIdentifier));
        memberByExtension = Map.copyOf(loaded);
    }

    /**
     * @param extension an extension
     * @return the identifier of the member it is assigned to, from memory
     */
    public Optional<String> memberOf(String extension) {
        return Optional.ofNullable(memberByExtension.get(extension.strip()));
    }

    private synchronized void remember(String extension, String memberIdentifier) {
        Map<String, String> next = new HashMap<>(memberByExtension);
        if (memberIdentifier == null) {
            next.remove(extension);
        } else {
            next.put(extension, memberIdentifier);
        }
        memberByExtension = Map.copyOf(next);
    }

    /** @param extension an extension @return its assignment, if any */
    @Transactional
    public Optional<InternalExtension> find(String extension) {
        return InternalExtension.findByIdOptional(extension.strip());
    }

    /** @return every assignment, by extension */
    @Transactional
    public List<InternalExtension> all() {
        return InternalExtension.listAll(io.quarkus.panache.common.Sort.by("extension"));
    }

    /** @param identifier a member identifier @return the name recorded for that member, if an extension is theirs */
    @Transactional
    public Optional<String> memberName(String identifier) {
        return InternalExtension.<InternalExtension>find("lower(memberIdentifier) = lower(?1)", identifier)
                .firstResultOptional().map(e -> e.memberName);
    }

    /**
     * Assigns an extension to a member, replacing any earlier assignment.
     *
     * @param extension a valid extension
     * @param member    an active member
     * @return the assignment
     */
    @Transactional
    public InternalExtension assign(String extension, Member member) {
        InternalExtension row = InternalExtension.<InternalExtension>findByIdOptional(extension).orElseGet(() -> {
            InternalExtension created = new InternalExtension();
            created.extension = extension;
            return created;
        });
        String before = row.memberIdentifier;
        row.memberId = member.id();
        row.memberIdentifier = member.identifier();
        row.memberName = member.fullName();
        row.assignedAt = Instant.now();
        row.persist();
        remember(extension, row.memberIdentifier);
        LOG.infof("Extension %s assigned to %s%s", extension, member.identifier(), before == null ? "" : " (was " + before + ")");
        return row;
    }

    /** @param extension an extension @return true when an assignment was removed */
    @Transactional
    public boolean unassign(String extension) {
        boolean removed = InternalExtension.deleteById(extension);
        if (removed) {
            remember(extension, null);
            LOG.infof("Extension %s unassigned", extension);
        }
        return removed;
    }
}
