package io.screenpop.signin;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link SignInTestProfile} (sign-in on against the WireMock OpenID Connect provider) with a per-user limit of
 * {@value #USER_LIMIT} ConnectWise requests a minute, for the tests of writes charged to the signed-in agent.
 */
public class AgentSignInTestProfile extends SignInTestProfile {

    /** Requests a minute per signed-in user in this profile. */
    public static final int USER_LIMIT = 30;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("%test.user-rate-limit.per-minute", Integer.toString(USER_LIMIT));
        return overrides;
    }
}
