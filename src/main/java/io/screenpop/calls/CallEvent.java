package io.screenpop.calls;

import java.time.Instant;

/**
 * One recorded call (a row of {@code call_event}).
 *
 * @param id          row id, or {@code null} before it is written
 * @param at          when the lookup ran
 * @param number      the caller value as the phone system sent it (at most 64 characters kept)
 * @param e164        its E.164 form, or {@code null} when it is not a phone number
 * @param outcome     what the lookup found
 * @param companyId   ConnectWise company it resolved to, or {@code null}
 * @param companyName that company's name at the time, or {@code null}
 * @param contactId   ConnectWise contact it resolved to, or {@code null}
 * @param contactName that contact's name at the time, or {@code null}
 * @param source      screenpop, CCaaS lookup or 3CX
 * @param apiKey      the identity of the API key that asked ({@code ApiKeys.identify}), never the key; or {@code null}
 * @param agent       the signed-in agent whose browser opened the pop (e-mail, else name), or {@code null}
 */
public record CallEvent(Long id, Instant at, String number, String e164, CallOutcome outcome, Integer companyId,
        String companyName, Integer contactId, String contactName, CallSource source, String apiKey, String agent) {
}
