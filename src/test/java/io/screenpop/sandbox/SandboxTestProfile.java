package io.screenpop.sandbox;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Profile shared by the sandbox's {@code @QuarkusTest}s (one application start for all of them).
 * It only points the H2 data directory at an explicit {@code ./} path: H2 2.4 refuses the implicitly
 * relative {@code target/test-data/...} of the %test profile in application.properties.
 */
public class SandboxTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("screenpop.data-dir", "./target/test-data/${quarkus.uuid}");
    }
}
