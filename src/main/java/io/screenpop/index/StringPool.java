package io.screenpop.index;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal strings (company names, identifiers, type names) between the matches of one view
 * while it is loaded, so a company with a thousand numbers holds its name once.
 */
final class StringPool {

    private final Map<String, String> pool = new HashMap<>();

    /** @return the match with its repeated strings replaced by shared instances */
    IndexMatch shared(IndexMatch m) {
        return new IndexMatch(m.e164(), m.rawValue(), m.extension(), share(m.phoneType()), m.source(), m.companyId(),
                share(m.companyIdentifier()), share(m.companyName()), m.contactId(), m.contactName(),
                share(m.contactFirstName()), share(m.contactLastName()), m.contactEmail(), m.recordUpdatedAt());
    }

    private String share(String s) {
        return s == null ? null : pool.computeIfAbsent(s, k -> k);
    }
}
