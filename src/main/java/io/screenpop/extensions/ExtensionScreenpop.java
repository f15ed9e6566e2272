package io.screenpop.extensions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where a screenpop of an internal extension goes: the technician's page
 * ({@code /members/{identifier}?extension=205}) when the extension is assigned, else the assignment
 * page with the extension filled in ({@code /extensions?extension=205}). Reads assignments from
 * memory: it runs on the screenpop's event-loop thread.
 */
@ApplicationScoped
public class ExtensionScreenpop {

    private final InternalExtensions extensions;

    /** CDI constructor. */
    public ExtensionScreenpop(InternalExtensions extensions) {
        this.extensions = extensions;
    }

    /**
     * @param dialled the caller number as received
     * @return the page to open, or empty when the number is not an internal extension
     */
    public Optional<String> target(String dialled) {
        if (!extensions.isInternal(dialled)) {
            return Optional.empty();
        }
        String extension = dialled.strip();
        String query = "?extension=" + encode(extension);
        return Optional.of(extensions.memberOf(extension)
                .map(member -> "/members/" + encode(member) + query)
                .orElse("/extensions" + query));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
