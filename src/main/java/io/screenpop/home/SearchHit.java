package io.screenpop.home;

/**
 * One answer of the home search, e.g.
 * {@code {"kind":"contact","label":"Jane Doe","detail":"ACME Corporation","url":"/companies/1?contactId=1"}}.
 *
 * @param kind   {@code company}, {@code contact} or {@code number} (a valid number nobody holds)
 * @param label  what the agent reads first: the company's or contact's name, or the number
 * @param detail a second line (place and identifier, the contact's company, the matching line), or {@code null}
 * @param url    where choosing it goes: the company page, a walk-in's contact page, or pick-or-create
 */
public record SearchHit(String kind, String label, String detail, String url) {
}
