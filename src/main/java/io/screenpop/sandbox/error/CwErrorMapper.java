package io.screenpop.sandbox.error;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns {@link CwApiException} into ConnectWise's error JSON. */
public class CwErrorMapper {

    /** @return status and {@code {code, message, errors}} body */
    @ServerExceptionMapper
    public Response map(CwApiException e) {
        return CwResponses.error(e);
    }
}
