package io.screenpop.sandbox.callbacks;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /sandbox/connectwise/callbacks/key}: the sandbox's callback signing key as ConnectWise serves it at a
 * {@code Metadata.key_url}: {@code {"signing_key": "…"}}. Hidden with the rest of {@code /sandbox} when the sandbox
 * is off.
 */
@Path(SandboxCallbacks.KEY_PATH)
public class SandboxCallbackKeyResource {

    private final SandboxCallbacks callbacks;

    /** @param callbacks the sandbox's callback sender, which owns the key */
    public SandboxCallbackKeyResource(SandboxCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    /** @return {@code {"signing_key": "…"}} */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> key() {
        return Map.of("signing_key", callbacks.signingKey());
    }
}
