package io.screenpop.screenpop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where a screenpop sends the agent, and where the index lives on disk. */
@ConfigMapping(prefix = "screenpop")
public interface ScreenpopConfig {

    /**
     * Redirect template ({@code SCREENPOP_TARGET_URL}) with the placeholders {@code {companyId}},
     * {@code {contactId}}, {@code {companyIdentifier}} and {@code {phone}} (each URL-encoded).
     * Defaults to the built-in company page.
     */
    @WithDefault("/companies/{companyId}")
    String targetUrl();

    /** Folder of the H2 file ({@code SCREENPOP_DATA_DIR}). */
    @WithDefault("./data")
    String dataDir();
}
