package io.screenpop.callbacks;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service with a public address, so it registers its callbacks at the sandbox, which then delivers every change
 * to contacts and companies back to it, signed, as ConnectWise does.
 */
public class CallbacksTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("public.base-url", "http://localhost:${quarkus.http.test-port}",
                "cw.callbacks-instance", "test",
                "screenpop.data-dir", "./target/test-data/${quarkus.uuid}");
    }
}
