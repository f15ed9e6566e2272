package io.screenpop.tickets;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;
import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Priority;

/** The lists the ticket forms offer, read from ConnectWise (cached ten minutes): boards, a board's statuses, priorities. */
@Path("/api/service")
@Tag(name = "Tickets")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.BEARER)
@SecurityRequirement(name = ApiSecurity.SESSION)
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
    @Operation(summary = "Active service boards", description = "Cached ten minutes.")
    @APIResponse(responseCode = "200", description = "The boards by name",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "boards", value = "[{\"id\":1,\"name\":\"Help Desk\"},{\"id\":2,\"name\":\"Projects\"}]")))
    public List<Board> boards() {
        return setup.boards();
    }

    /**
     * @param id board id
     * @return {@code GET /api/service/boards/{id}/statuses}: its active statuses in board order, with {@code closedStatus} and {@code defaultFlag}
     */
    @GET
    @Path("/boards/{id: \\d+}/statuses")
    @Operation(summary = "A board's active statuses", description = "In board order, with closedStatus and defaultFlag; cached ten minutes.")
    @APIResponse(responseCode = "200", description = "The statuses (none for an unknown board)",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "statuses", value = "[{\"id\":1,\"name\":\"New\",\"closedStatus\":false,\"defaultFlag\":true},{\"id\":4,\"name\":\"Closed\",\"closedStatus\":true,\"defaultFlag\":false}]"), @ExampleObject(name = "unknownBoard", value = "[]")}))
    public List<BoardStatus> statuses(@PathParam("id") int id) {
        return setup.statuses(id);
    }

    /** @return {@code GET /api/service/priorities}: priorities, most urgent first, with {@code color} and {@code defaultFlag} */
    @GET
    @Path("/priorities")
    @Operation(summary = "Priorities, most urgent first", description = "With ConnectWise's colour; cached ten minutes.")
    @APIResponse(responseCode = "200", description = "The priorities",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "priorities", value = "[{\"id\":1,\"name\":\"Priority 1 - Emergency Response\",\"color\":\"Red\",\"sortOrder\":1},{\"id\":3,\"name\":\"Priority 3 - Normal Response\",\"color\":\"Green\",\"sortOrder\":3,\"defaultFlag\":true}]")))
    public List<Priority> priorities() {
        return setup.priorities();
    }
}
