package io.screenpop.screenpop;

import java.util.List;

import io.screenpop.index.IndexMatch;

/**
 * One line of a chooser page: a company (or a contact) the caller may be, and where choosing it leads.
 *
 * @param title    what the agent reads: the company name, or the contact's name
 * @param subtitle identifier or company, shown small
 * @param url      the screenpop target for this choice
 * @param matches  the matches behind the line (contacts and lines holding the number)
 */
public record CompanyChoice(String title, String subtitle, String url, List<IndexMatch> matches) {
}
