package io.screenpop.companies;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Nilear links on the company page ({@code NILEAR_BASE_URL}). */
@ConfigMapping(prefix = "nilear")
public interface NilearConfig {

    /** Base of Nilear links. */
    @WithDefault("https://mtx.link")
    String baseUrl();

    /** Path of a company in Nilear, appended to {@link #baseUrl()}; {@code {companyId}} is the ConnectWise company id. */
    @WithDefault("/company/{companyId}")
    String companyPath();
}
