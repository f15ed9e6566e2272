package io.screenpop.tickets;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Priority;

/** The lists the ticket forms offer, read from ConnectWise (cached ten minutes): boards, a board's statuses, priorities. */
@Path("/api/service")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceSetupResource {

    private final ServiceSetup setup;

    /** CDI constructor. */
    public ServiceSetupResource(ServiceSetup setup) {
        this.setup = setup;
    }

    /** @return {@code GET /api/service/boards}: active service boards {@code [{"id":1,"name":"Help Desk",…}]} */
    @GET
    @Path("/boards")
    public List<Board> boards() {
        return setup.boards();
    }

    /**
     * @param id board id
     * @return {@code GET /api/service/boards/{id}/statuses}: its active statuses in board order, with {@code closedStatus} and {@code defaultFlag}
     */
    @GET
    @Path("/boards/{id: \\d+}/statuses")
    public List<BoardStatus> statuses(@PathParam("id") int id) {
        return setup.statuses(id);
    }

    /** @return {@code GET /api/service/priorities}: priorities, most urgent first, with {@code color} and {@code defaultFlag} */
    @GET
    @Path("/priorities")
    public List<Priority> priorities() {
        return setup.priorities();
    }
}
