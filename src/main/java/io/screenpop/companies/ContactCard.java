package io.screenpop.companies;

import java.util.List;

/**
 * A contact as the company page shows it.
 *
 * @param id       ConnectWise contact id
 * @param name     full name
 * @param title    job title, or {@code null}
 * @param phones   the contact's indexed numbers
 * @param emails   e-mail addresses
 * @param inactive inactive in ConnectWise
 * @param caller   this contact is the one calling (arrived from a screenpop)
 * @param cwUrl    the contact in ConnectWise, or {@code null}
 */
public record ContactCard(int id, String name, String title, List<PhoneLine> phones, List<String> emails,
        boolean inactive, boolean caller, String cwUrl) {
}
