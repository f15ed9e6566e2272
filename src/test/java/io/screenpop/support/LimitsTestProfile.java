package io.screenpop.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile with a per-user limit of {@value #USER_LIMIT} ConnectWise requests a minute, keys
 * {@value #LIMITED_KEY} and {@value #SYNC_KEY} only the rate-limit tests spend, and {@code LOG_MASK_NUMBERS=true} with the log also
 * written to {@value #LOG_FILE}. Shared by the rate-limit and masked-log tests so Quarkus starts once for both.
 */
public class LimitsTestProfile implements QuarkusTestProfile {

    /** Requests a minute per caller in this profile. */
    public static final int USER_LIMIT = 5;
    /** The key only the rate-limit test uses. */
    public static final String LIMITED_KEY = "test-key-limited";
    /** The key only the rate-limit test of {@code POST /sync} uses. */
    public static final String SYNC_KEY = "test-key-sync";
    /** Where this profile's log lines are written, besides the console. */
    public static final String LOG_FILE = "target/test-logs/limits.log";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // the test profile's own %test value would win over a plain key
                "%test.user-rate-limit.per-minute", Integer.toString(USER_LIMIT),
                "api.key", "test-key-1,test-key-2," + LIMITED_KEY + "," + SYNC_KEY,
                "log.mask-numbers", "true",
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", LOG_FILE,
                "screenpop.data-dir", "./target/test-data/${quarkus.uuid}");
    }
}
