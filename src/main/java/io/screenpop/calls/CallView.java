package io.screenpop.calls;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One call in {@code GET /api/calls}, e.g.
 * {@code {"at":"2026-12-01T19:50:00Z","number":"4085551212","e164":"+14085551212","outcome":"single_match",
 * "company":{"id":1,"name":"ACME Corporation"},"contact":null,"source":"screenpop","agent":null}}.
 *
 * @param at      when the lookup ran (ISO-8601, UTC)
 * @param number  the number as dialled
 * @param e164    its E.164 form, or {@code null} when it is not a phone number
 * @param outcome {@code single_match}, {@code choice}, {@code no_match}, {@code not_a_number} or {@code internal_extension}
 * @param company the company it resolved to, or {@code null}
 * @param contact the contact it resolved to, or {@code null}
 * @param source  {@code screenpop}, {@code lookup} (CCaaS) or {@code 3cx}
 * @param apiKey  for API lookups, the API key's identity (never the key); {@code null} otherwise
 * @param agent   the signed-in agent who opened the pop (e-mail, else name), or {@code null}
 */
public record CallView(Instant at, String number, String e164, String outcome, Ref company, Ref contact,
        String source, @JsonInclude(JsonInclude.Include.NON_NULL) String apiKey, String agent) {

    /** @param id ConnectWise id @param name name at the time of the call */
    public record Ref(int id, String name) {
    }

    /**
     * @param e a stored call
     * @return its API view
     */
    public static CallView of(CallEvent e) {
        return new CallView(e.at(), e.number(), e.e164(), e.outcome().wire(),
                e.companyId() == null ? null : new Ref(e.companyId(), e.companyName()),
                e.contactId() == null ? null : new Ref(e.contactId(), e.contactName()),
                e.source().wire(), e.apiKey(), e.agent());
    }
}
