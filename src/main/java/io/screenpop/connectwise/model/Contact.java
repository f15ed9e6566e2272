package io.screenpop.connectwise.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ConnectWise contact ({@code /company/contacts}, schema {@code Contact}), trimmed to the fields
 * this service reads.
 *
 * @param id                 contact id
 * @param firstName          first name
 * @param lastName           last name
 * @param company            the contact's company {id, identifier, name}, or {@code null}
 * @param country            the contact's own country, or {@code null}
 * @param title              job title
 * @param inactiveFlag       whether the contact is inactive
 * @param communicationItems phones, faxes and e-mails
 * @param info               {@code _info} with {@code lastUpdated} (ISO-8601 UTC)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(Integer id, String firstName, String lastName, Reference company, Reference country,
        String title, Boolean inactiveFlag, List<CommunicationItem> communicationItems,
        @JsonProperty("_info") Map<String, String> info) {

    /** Fields requested with {@code fields=} when reading contacts for the index. */
    public static final String INDEX_FIELDS = "id,firstName,lastName,company,country,title,inactiveFlag,communicationItems,_info";

    /** @return "First Last", trimmed; never {@code null} */
    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    /** @return the communication items, never {@code null} */
    public List<CommunicationItem> items() {
        return communicationItems == null ? List.of() : communicationItems;
    }
}
