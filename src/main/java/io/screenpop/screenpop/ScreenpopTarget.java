package io.screenpop.screenpop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.screenpop.index.IndexMatch;
import io.screenpop.index.PhoneIndex;

/**
 * Fills the {@code SCREENPOP_TARGET_URL} template for a match. Placeholders {@code {companyId}},
 * {@code {contactId}}, {@code {companyIdentifier}} and {@code {phone}} are URL-encoded (an absent
 * value becomes empty). A target on this service (starting with {@code /}) without a query also
 * gets {@code ?phone=…&contactId=…}, so the built-in company page can mark the caller.
 */
@ApplicationScoped
public class ScreenpopTarget {

    private final String template;
    private final PhoneIndex index;

    /** CDI constructor. */
    public ScreenpopTarget(ScreenpopConfig config, PhoneIndex index) {
        this.template = config.targetUrl().strip();
        this.index = index;
    }

    /**
     * Where the agent goes after attaching a number: the target for that contact (or company) as the
     * index now holds it, or the screenpop itself when the index does not (yet) show the pair.
     *
     * @param e164      the number in E.164
     * @param companyId the company, or {@code null}
     * @param contactId the contact, or {@code null}
     * @return a URL
     */
    public String afterWrite(String e164, Integer companyId, Integer contactId) {
        return index.lookup(e164).stream()
                .filter(m -> java.util.Objects.equals(m.contactId(), contactId)
                        && (companyId == null || companyId.equals(m.companyId())))
                .filter(m -> m.companyId() != null)
                .findFirst().map(m -> resolve(m, e164))
                .orElse("/screenpop?phone=" + encode(e164));
    }

    /**
     * @param match the match to open
     * @param e164  the caller's number in E.164
     * @return the URL to redirect the agent to
     */
    public String resolve(IndexMatch match, String e164) {
        String url = template
                .replace("{companyId}", encode(match.companyId()))
                .replace("{contactId}", encode(match.contactId()))
                .replace("{companyIdentifier}", encode(match.companyIdentifier()))
                .replace("{phone}", encode(e164));
        if (url.startsWith("/") && !url.contains("?")) {
            url += "?phone=" + encode(e164) + (match.contactId() == null ? "" : "&contactId=" + match.contactId());
        }
        return url;
    }

    private static String encode(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
