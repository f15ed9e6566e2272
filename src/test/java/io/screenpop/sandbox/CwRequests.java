package io.screenpop.sandbox;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.restassured.specification.RequestSpecification;

/** Rest-assured requests to the sandbox carrying the %test ConnectWise credentials. */
public final class CwRequests {

    /** The %test clientId. */
    public static final String CLIENT_ID = "00000000-0000-0000-0000-000000000000";
    /** Basic credentials of the %test profile. */
    public static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("sandbox+sandbox-public:sandbox-private".getBytes(StandardCharsets.UTF_8));

    private CwRequests() {
    }

    /** @return an authenticated request with the sandbox API base path */
    public static RequestSpecification cw() {
        return given().basePath(SandboxPaths.API_BASE)
                .header("clientId", CLIENT_ID)
                .header("Authorization", BASIC)
                .accept("application/vnd.connectwise.com+json; version=2022.1");
    }
}
