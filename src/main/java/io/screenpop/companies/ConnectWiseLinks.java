package io.screenpop.companies;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.screenpop.connectwise.ConnectWiseConfig;

/**
 * Links that open records in the ConnectWise Manage web UI ({@code openrecord.rails} with
 * {@code recordType=CompanyFV} / {@code ContactFV} / {@code ServiceFV}) and in Nilear. The UI address is
 * {@code cw.ui-url} when set, otherwise derived from {@code CW_BASE_URL}: the {@code api-} host
 * prefix of cloud hosts is dropped and the codebase ({@code /v4_6_release}) kept.
 */
@ApplicationScoped
public class ConnectWiseLinks {

    private final String openRecord;
    private final NilearConfig nilear;

    /** CDI constructor. */
    public ConnectWiseLinks(ConnectWiseConfig config, NilearConfig nilear) {
        this.openRecord = uiBase(config).map(b -> b + "/services/system_io/router/openrecord.rails?locale=en_US&recordType=")
                .orElse(null);
        this.nilear = nilear;
    }

    /** @param companyId ConnectWise company id @return its page in ConnectWise, or {@code null} when unknown */
    public String company(int companyId) {
        return openRecord == null ? null : openRecord + "CompanyFV&recid=" + companyId;
    }

    /** @param contactId ConnectWise contact id @return its page in ConnectWise, or {@code null} when unknown */
    public String contact(int contactId) {
        return openRecord == null ? null : openRecord + "ContactFV&recid=" + contactId;
    }

    /** @param companyId ConnectWise company id @return the company in Nilear */
    public String nilearCompany(int companyId) {
        String base = nilear.baseUrl().replaceAll("/+$", "");
        return base + nilear.companyPath().replace("{companyId}", Integer.toString(companyId));
    }

    /** @param ticketId ConnectWise ticket number @return the ticket in ConnectWise, or {@code null} when unknown */
    public String ticket(int ticketId) {
        return openRecord == null ? null : openRecord + "ServiceFV&recid=" + ticketId;
    }

    /** @param ticketId ConnectWise ticket number @return the ticket in Nilear ({@code NILEAR_TICKET_URL}) */
    public String nilearTicket(int ticketId) {
        return nilear.ticketUrl().replace("{ticketId}", Integer.toString(ticketId));
    }

    private static Optional<String> uiBase(ConnectWiseConfig config) {
        if (config.uiUrl().isPresent()) {
            return config.uiUrl().map(u -> u.replaceAll("/+$", ""));
        }
        return config.baseUrl().map(base -> {
            URI uri = URI.create(base.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().replaceFirst("^api-", "");
            String path = uri.getPath() == null ? "" : uri.getPath();
            int apis = path.indexOf("/apis/");
            String codebase = apis >= 0 ? path.substring(0, apis) : "/v4_6_release";
            return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + codebase;
        });
    }
}
