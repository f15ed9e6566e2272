package io.screenpop.members;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** {@code GET /api/members}: the active ConnectWise members, for "who is logging this call" and extension assignment. */
@Path("/api/members")
@Tag(name = "Tickets")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.BEARER)
@SecurityRequirement(name = ApiSecurity.SESSION)
@Produces(MediaType.APPLICATION_JSON)
public class MemberApiResource {

    private final Members members;

    /** CDI constructor. */
    public MemberApiResource(Members members) {
        this.members = members;
    }

    /** @return {@code [{"id":1,"identifier":"tlopez","name":"Tina Lopez","title":"Service Desk Lead"}, …]} */
    @GET
    @Operation(summary = "Active ConnectWise members", description = "Other than API members; cached five minutes.")
    @APIResponse(responseCode = "200", description = "The members",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "members", value = "[{\"id\":5,\"identifier\":\"tlopez\",\"name\":\"Tina Lopez\",\"title\":\"Service Technician\"}]")))
    public List<MemberView> active() {
        return members.active().stream().map(MemberView::of).toList();
    }
}
