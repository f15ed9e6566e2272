package io.screenpop.callbacks;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which {@code Metadata.key_url} values the service fetches a signing key from. An attacker can put any URL in a
 * callback payload, so only these are allowed (ConnectWise's callback guidance, {@code shared/connectwise.md}):
 * <ul>
 * <li>the configured ConnectWise host: the same scheme, host and port as {@code CW_BASE_URL};</li>
 * <li>ConnectWise's cloud hosts ({@code api-na}, {@code api-eu}, {@code api-au}, {@code sandbox-na},
 * {@code sandbox-eu}, {@code sandbox-au}, {@code na}, {@code eu}, {@code au} {@code .myconnectwise.net}) over https
 * on the default port.</li>
 * </ul>
 * URLs with user information are refused.
 */
@ApplicationScoped
public class KeyUrlPolicy {

    /** ConnectWise's cloud API hosts. */
    public static final Set<String> CLOUD_HOSTS = Set.of("api-na.myconnectwise.net", "api-eu.myconnectwise.net",
            "api-au.myconnectwise.net", "sandbox-na.myconnectwise.net", "sandbox-eu.myconnectwise.net",
            "sandbox-au.myconnectwise.net", "na.myconnectwise.net", "eu.myconnectwise.net", "au.myconnectwise.net");

    private final URI configured;

    /** @param baseUrl the ConnectWise API base the client uses ({@code CW_BASE_URL}, or the sandbox's in dev) */
    public KeyUrlPolicy(@ConfigProperty(name = "quarkus.rest-client.connectwise.url") String baseUrl) {
        this.configured = URI.create(baseUrl);
    }

    /**
     * @param keyUrl the {@code Metadata.key_url} of a payload, may be {@code null}
     * @return true when a signing key may be fetched from it
     */
    public boolean allows(String keyUrl) {
        if (keyUrl == null || keyUrl.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(keyUrl.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals(configured.getScheme().toLowerCase(Locale.ROOT))
                && host.equals(configured.getHost().toLowerCase(Locale.ROOT))
                && port(uri) == port(configured)) {
            return true;
        }
        return scheme.equals("https") && port(uri) == 443 && CLOUD_HOSTS.contains(host);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
