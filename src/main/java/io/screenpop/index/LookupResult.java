package io.screenpop.index;

import java.util.List;

/**
 * The answer of the phone index for one caller value.
 *
 * @param dialled   the value as the phone system sent it
 * @param e164      the normalised number, or {@code null} when it is not a phone number
 * @param extension an extension the caller value carried, or {@code null}
 * @param matches   every match, best first (contacts most recently updated first, company lines last)
 * @param outcome   hit, multiple, miss or invalid
 */
public record LookupResult(String dialled, String e164, String extension, List<IndexMatch> matches,
        LookupOutcome outcome) {

    /** @return the best match; only meaningful when {@link #matches()} is not empty */
    public IndexMatch first() {
        return matches.get(0);
    }
}
