package io.screenpop.calls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of the {@code /calls} table, formatted for people.
 *
 * @param when        local time, {@code 14:05:12} today or {@code Nov 30, 14:05} before
 * @param iso         the instant in ISO-8601, for the {@code <time>} element
 * @param number      the number as dialled
 * @param display     the number in national or international format, or {@code null} when not a number
 * @param e164        its E.164 form, or {@code null}
 * @param outcome     the outcome
 * @param companyName the company, or {@code null}
 * @param companyUrl  its company page (marking the caller), or {@code null}
 * @param contactName the contact, or {@code null}
 * @param source      source label, with the API key's identity for CCaaS lookups
 * @param agent       the agent, or {@code null}
 * @param attachUrl   pick-or-create for an unknown number, or {@code null}
 */
public record CallRow(String when, String iso, String number, String display, String e164, CallOutcome outcome,
        String companyName, String companyUrl, String contactName, String source, String agent, String attachUrl) {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter BEFORE = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    /**
     * @param e       a stored call
     * @param display the E.164 number formatted for reading, or {@code null}
     * @return its row
     */
    public static CallRow of(CallEvent e, String display) {
        ZonedDateTime at = e.at().atZone(ZoneId.systemDefault());
        String when = at.toLocalDate().equals(LocalDate.now(ZoneId.systemDefault())) ? TODAY.format(at) : BEFORE.format(at);
        String companyUrl = e.companyId() == null ? null : "/companies/" + e.companyId()
                + (e.e164() == null ? "" : "?phone=" + encode(e.e164())
                        + (e.contactId() == null ? "" : "&contactId=" + e.contactId()));
        String source = e.source().label() + (e.apiKey() == null ? "" : " (key " + e.apiKey() + ")");
        String attach = e.outcome() == CallOutcome.NO_MATCH && e.e164() != null ? attachUrl(e.e164()) : null;
        return new CallRow(when, e.at().toString(), e.number(), display, e.e164(), e.outcome(), e.companyName(),
                companyUrl, e.contactName(), source, e.agent(), attach);
    }

    /**
     * @param e164 a number in E.164
     * @return the pick-or-create page for it
     */
    public static String attachUrl(String e164) {
        return "/screenpop/attach?phone=" + encode(e164);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
