package io.screenpop.lookup;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.screenpop.index.IndexMatch;
import io.screenpop.index.LookupResult;

/**
 * The caller as {@code /api/lookup} describes it to contact-center platforms (snake_case JSON).
 */
public final class CallerView {

    private CallerView() {
    }

    /**
     * A number was found.
     *
     * @param found         always true
     * @param phoneSearched the value as the platform sent it
     * @param normalized    the number in E.164
     * @param company       the best match's company, or {@code null} for a contact without a company
     * @param contact       the best match's contact, or {@code null} for a company line
     * @param matches       every match, best first (contacts most recently updated first, then company lines)
     * @param screenPopUrl  this service's screenpop for the number
     */
    public record Found(boolean found, @JsonProperty("phone_searched") String phoneSearched, String normalized,
            Company company, Contact contact, List<Match> matches, @JsonProperty("screen_pop_url") String screenPopUrl) {

        /**
         * @param result       a lookup with at least one match
         * @param screenPopUrl the screenpop link for the number
         * @return the answer
         */
        public static Found of(LookupResult result, String screenPopUrl) {
            List<Match> matches = result.matches().stream().map(Match::of).toList();
            return new Found(true, result.dialled(), result.e164(), matches.get(0).company(), matches.get(0).contact(),
                    matches, screenPopUrl);
        }
    }

    /**
     * Nobody holds the number, or it is not a phone number.
     *
     * @param found   always false
     * @param message e.g. {@code No match for phone number: +12025550199}
     * @param phone   the value as the platform sent it
     */
    public record NotFound(boolean found, String message, String phone) {
    }

    /**
     * One holder of the number.
     *
     * @param company the company, or {@code null} for a contact without a company
     * @param contact the contact, or {@code null} for a company line
     * @param source  {@code contact}, {@code company_main} or {@code company_fax}
     */
    public record Match(Company company, Contact contact, String source) {

        static Match of(IndexMatch m) {
            Company company = m.companyId() == null ? null : new Company(m.companyId(), m.companyName(), m.companyIdentifier());
            Contact contact = m.contactId() == null ? null : new Contact(m.contactId(), m.contactName(),
                    m.contactFirstName(), m.contactLastName(), m.contactEmail(), m.phoneType());
            return new Match(company, contact, m.source().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** @param id ConnectWise company id @param name company name @param identifier company identifier */
    public record Company(int id, String name, String identifier) {
    }

    /**
     * @param id        ConnectWise contact id
     * @param name      full name
     * @param firstName first name
     * @param lastName  last name
     * @param email     default e-mail address, or {@code null}
     * @param phoneType ConnectWise type of the matched number (Direct, Cell …)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Contact(int id, String name, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email, @JsonProperty("phone_type") String phoneType) {
    }
}
