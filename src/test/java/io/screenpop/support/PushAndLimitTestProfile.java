package io.screenpop.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile with OpenPhone switched on (pointed at the in-JVM WireMock dev service, 1 s
 * time-out), {@code PUBLIC_BASE_URL} set, and a rate limit of {@value #RATE_LIMIT} requests a minute per key, plus a third key
 * {@value #THROTTLED_KEY} that only the rate-limit test spends. Shared by the OpenPhone and rate-limit
 * tests so Quarkus starts once for both; every other test keeps OpenPhone off and the default limit.
 * It also sets the ticket defaults ({@code TICKET_DEFAULT_BOARD} {@value #DEFAULT_BOARD},
 * {@code TICKET_DEFAULT_PRIORITY} {@value #DEFAULT_PRIORITY}) for {@code TicketDefaultsTest}, for the same reason.
 */
public class PushAndLimitTestProfile implements QuarkusTestProfile {

    /** Requests a minute per key in this profile. */
    public static final int RATE_LIMIT = 5;
    /** The key only the rate-limit test uses. */
    public static final String THROTTLED_KEY = "test-key-3";
    /** {@code PUBLIC_BASE_URL} of this profile (configured with a trailing slash, which is dropped). */
    public static final String PUBLIC_BASE_URL = "https://screenpop.example.com";
    /** {@code TICKET_DEFAULT_BOARD} of this profile (the sandbox's board 2). */
    public static final String DEFAULT_BOARD = "Projects";
    /** {@code TICKET_DEFAULT_PRIORITY} of this profile (the sandbox's priority 4, by id). */
    public static final String DEFAULT_PRIORITY = "4";
    /** The OpenPhone key WireMock expects. */
    public static final String OPENPHONE_KEY = "op-test-key";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.wiremock.devservices.enabled", "true",
                "openphone.api-key", OPENPHONE_KEY,
                "openphone.base-url", "http://localhost:${quarkus.wiremock.devservices.port}",
                "io.screenpop.openphone.OpenPhoneClient/createContact/Timeout/value", "1000",
                "io.screenpop.openphone.OpenPhoneClient/updateContact/Timeout/value", "1000",
                "api.key", "test-key-1,test-key-2," + THROTTLED_KEY,
                "api.rate-limit-per-minute", Integer.toString(RATE_LIMIT),
                "public.base-url", PUBLIC_BASE_URL + "/",
                "ticket.default-board", DEFAULT_BOARD,
                "ticket.default-priority", DEFAULT_PRIORITY);
    }
}
