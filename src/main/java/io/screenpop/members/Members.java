package io.screenpop.members;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;


import io.quarkus.cache.CacheResult;
import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.Member;

/**
 * The active ConnectWise members who can take calls and log time ({@code /system/members}, API
 * members left out), cached for five minutes. A member missing from the cached list (added a minute
 * ago) is looked up directly before being called unknown.
 */
@ApplicationScoped
public class Members {

    private static final String API_LICENSE = "A";

    private final ConnectWise connectWise;

    /** CDI constructor. */
    public Members(ConnectWise connectWise) {
        this.connectWise = connectWise;
    }

    /** @return active members other than API members, by last and first name; cached */
    @CacheResult(cacheName = "members")
    public List<Member> active() {
        return read(Conditions.eq("inactiveFlag", false), 1000);
    }

    /**
     * @param identifier a member identifier, any case
     * @return the active member with it
     */
    public Optional<Member> find(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        String wanted = identifier.strip().toLowerCase(Locale.ROOT);
        Optional<Member> cached = active().stream()
                .filter(m -> m.identifier() != null && m.identifier().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        if (cached.isPresent()) {
            return cached;
        }
        return read(Conditions.and(Conditions.eq("identifier", identifier.strip()), Conditions.eq("inactiveFlag", false)), 1)
                .stream().findFirst();
    }

    /**
     * @param identifier a member identifier
     * @param field      the form field it came from, for the error
     * @return the active member
     * @throws InvalidInputException 400 naming {@code field} when there is no such active member
     */
    public Member require(String identifier, String field) {
        return find(identifier).orElseThrow(() -> new InvalidInputException(field,
                "No active ConnectWise member has the identifier '" + identifier + "'"));
    }

    /**
     * @param identifier a member identifier, or blank
     * @param field      the form field it came from, for the error
     * @return the active member, or {@code null} when no identifier was given
     * @throws InvalidInputException 400 naming {@code field} when there is no such active member
     */
    public Member requireIfGiven(String identifier, String field) {
        return identifier == null || identifier.isBlank() ? null : require(identifier, field);
    }

    private List<Member> read(Conditions conditions, int pageSize) {
        return connectWise.members(CwQuery.where(conditions).fields(Member.LIST_FIELDS)
                .orderBy("lastName asc, firstName asc").pageSize(pageSize))
                .stream().filter(m -> !API_LICENSE.equals(m.licenseClass()))
                .sorted(Comparator.comparing(Member::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
