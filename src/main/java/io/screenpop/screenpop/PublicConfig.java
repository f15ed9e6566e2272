package io.screenpop.screenpop;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The address phone systems and agents reach this service at. */
@ConfigMapping(prefix = "public")
public interface PublicConfig {

    /**
     * External base URL ({@code PUBLIC_BASE_URL}), e.g. {@code https://screenpop.example.com}, used in
     * links handed to other systems; when unset, links are derived from the request's own address.
     */
    Optional<String> baseUrl();
}
