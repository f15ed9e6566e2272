package io.screenpop.connectwise;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Connection to ConnectWise Manage, read from the environment names of the earlier Python
 * screenpop ({@code CW_BASE_URL}, {@code CW_COMPANY_ID}, {@code CW_PUBLIC_API_KEY},
 * {@code CW_PRIVATE_API_KEY}, {@code CW_CLIENT_ID}) so an existing {@code .env} works unchanged.
 * Authentication follows ConnectWise's REST guide: Basic {@code companyId+publicKey:privateKey}
 * plus a {@code clientId} header on every call.
 */
@ConfigMapping(prefix = "cw")
public interface ConnectWiseConfig {

    /** API base, e.g. {@code https://api-na.myconnectwise.net/v4_6_release/apis/3.0}. */
    Optional<String> baseUrl();

    /** The ConnectWise company id used at log-in (not a company record id). */
    Optional<String> companyId();

    /** API member public key. */
    Optional<String> publicApiKey();

    /** API member private key; never logged. */
    Optional<String> privateApiKey();

    /** Integration clientId GUID from developer.connectwise.com. */
    Optional<String> clientId();

    /**
     * Web address agents use to open records, e.g. {@code https://na.myconnectwise.net}.
     * When absent it is derived from {@link #baseUrl()} (the {@code api-} prefix removed).
     */
    Optional<String> uiUrl();

    /** Records per page when reading lists; ConnectWise caps it at 1000. */
    @WithDefault("1000")
    int pageSize();

    /** API version pinned through the Accept header. */
    @WithDefault("2022.1")
    String apiVersion();

    /**
     * Total deadline of one agent-facing ConnectWise call, retries included ({@code CW_INTERACTIVE_TIMEOUT}):
     * contact lists, members, tickets, writes. Reads then fall back to the index where one exists;
     * a write whose answer did not come in time is looked up before the agent is answered.
     */
    @WithDefault("5s")
    Duration interactiveTimeout();

    /** Time-out of one sync request ({@code CW_SYNC_TIMEOUT}); a page of 1000 contacts can take a while. */
    @WithDefault("60s")
    Duration syncTimeout();

    /** Retries of one sync request on 429/502/503/504 or a broken connection ({@code CW_SYNC_RETRIES}). */
    @WithDefault("4")
    int syncRetries();

    /**
     * ConnectWise callbacks ({@code CW_CALLBACKS}): {@code on} registers and receives them when {@code PUBLIC_BASE_URL}
     * is set; {@code off} leaves the index to the incremental sync.
     */
    @WithDefault("on")
    String callbacks();

    /**
     * The name that marks this instance's callback registrations at ConnectWise ({@code CW_CALLBACKS_INSTANCE});
     * defaults to the host of {@code PUBLIC_BASE_URL}. Keep it when that address changes, so the old registrations
     * are recognised and replaced.
     */
    Optional<String> callbacksInstance();
}
