package io.screenpop.signin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.screenpop.api.WriteAnswer;

/** Answers {@link ImpersonationRefusedException} with 403 {@code {"success":false,"message":…}}; nothing is written. */
public class AgentMemberMappers {

    private static final Logger LOG = Logger.getLogger(AgentMemberMappers.class);

    /** @return 403 with the refusal in words */
    @ServerExceptionMapper
    public Response refused(ImpersonationRefusedException e) {
        LOG.warnf("Write refused: %s", e.getMessage());
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(WriteAnswer.failure(e.getMessage())).build();
    }
}
