package io.screenpop.index;

import java.time.Instant;

/**
 * One answer of the phone index for a number: who holds it.
 *
 * @param e164              the number in E.164
 * @param rawValue          the value as ConnectWise holds it
 * @param extension         extension digits, or {@code null}
 * @param phoneType         ConnectWise type name (Direct, Cell …) or Main/Fax for company lines
 * @param source            contact item, company main line or company fax line
 * @param companyId         ConnectWise company id, or {@code null} for a contact without a company
 * @param companyIdentifier company identifier
 * @param companyName       company name
 * @param contactId         ConnectWise contact id, or {@code null} for company lines
 * @param contactName       contact's full name
 * @param contactFirstName  contact's first name
 * @param contactLastName   contact's last name
 * @param contactEmail      contact's default e-mail address
 * @param recordUpdatedAt   ConnectWise's last update of the contact or company
 */
public record IndexMatch(String e164, String rawValue, String extension, String phoneType, PhoneSource source,
        Integer companyId, String companyIdentifier, String companyName, Integer contactId, String contactName,
        String contactFirstName, String contactLastName, String contactEmail, Instant recordUpdatedAt) {

    /** @return true when the number belongs to a contact rather than to a company line */
    public boolean isContact() {
        return contactId != null;
    }
}
