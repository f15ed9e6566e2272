package io.screenpop.contacts;

import java.util.List;

/**
 * A contact of a company as the pick-or-create page lists it.
 *
 * @param id        ConnectWise contact id
 * @param name      full name
 * @param firstName first name
 * @param lastName  last name
 * @param phones    the numbers it already has
 */
public record ContactSummary(int id, String name, String firstName, String lastName, List<Phone> phones) {

    /**
     * @param type      ConnectWise type name
     * @param value     as stored
     * @param display   formatted for people
     * @param e164      E.164, or {@code null} when the stored value is not a phone number
     * @param extension extension, or {@code null}
     */
    public record Phone(String type, String value, String display, String e164, String extension) {
    }
}
