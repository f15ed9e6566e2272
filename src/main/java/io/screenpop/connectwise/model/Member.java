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
 * @param primaryEmail the member's primary e-mail address, or {@code null}
 * @param officeEmail  the member's office e-mail address, or {@code null} ({@code defaultEmail} only names
 *                     which address is the default and is not read)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Member(Integer id, String identifier, String firstName, String lastName, String title,
        Boolean inactiveFlag, String licenseClass, String primaryEmail, String officeEmail) {

    /** Fields requested with {@code fields=} when listing members. */
    public static final String LIST_FIELDS = "id,identifier,firstName,lastName,title,inactiveFlag,licenseClass,primaryEmail,officeEmail";

    /**
     * @param email an e-mail address, any case
     * @return whether it is this member's {@code primaryEmail} or {@code officeEmail}, ignoring case
     */
    public boolean hasEmail(String email) {
        return email != null && (email.equalsIgnoreCase(primaryEmail) || email.equalsIgnoreCase(officeEmail));
    }

    /** @return "First Last", or the identifier when the member has no name */
    public String fullName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? identifier : name;
    }
}
