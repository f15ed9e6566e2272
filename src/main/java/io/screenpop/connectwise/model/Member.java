package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A ConnectWise member ({@code /system/members}, schema {@code Member}): a technician or an API member.
 *
 * @param id           member id
 * @param identifier   login name (≤ 15), e.g. {@code tlopez}
 * @param firstName    first name
 * @param lastName     last name
 * @param title        job title
 * @param inactiveFlag whether the member left
 * @param licenseClass F full, A API, C StreamlineIT, X subcontractor
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Member(Integer id, String identifier, String firstName, String lastName, String title,
        Boolean inactiveFlag, String licenseClass) {

    /** Fields requested with {@code fields=} when listing members. */
    public static final String LIST_FIELDS = "id,identifier,firstName,lastName,title,inactiveFlag,licenseClass";

    /** @return "First Last", or the identifier when the member has no name */
    public String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? identifier : name;
    }
}
