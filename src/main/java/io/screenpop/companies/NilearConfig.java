package io.screenpop.companies;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Nilear links on the company page ({@code NILEAR_BASE_URL}) and of tickets ({@code NILEAR_TICKET_URL}). */
@ConfigMapping(prefix = "nilear")
public interface NilearConfig {

    /** Base of Nilear links. */
    @WithDefault("https://mtx.link")
    String baseUrl();

    /** Path of a company in Nilear, appended to {@link #baseUrl()}; {@code {companyId}} is the ConnectWise company id. */
    @WithDefault("/company/{companyId}")
    String companyPath();

    /** A ticket in Nilear ({@code NILEAR_TICKET_URL}); {@code {ticketId}} is the ConnectWise ticket number. */
    @WithDefault("https://app.nilear.com/mtx/{ticketId}")
    String ticketUrl();
}
