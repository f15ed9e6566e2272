package io.screenpop.signin;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.screenpop.openapi.ApiSecurity;

import java.util.List;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.screenpop.api.WriteAnswer;
import io.screenpop.security.CsrfProtected;

/**
 * The admins' user-to-member mappings ({@link AdminOnly}: 403 to anybody else):
 * <ul>
 * <li>{@code GET /api/admin/member-mappings}: every explicit mapping;</li>
 * <li>{@code PUT /api/admin/member-mappings/{email}} (form {@code member_identifier}): maps a user, replacing an
 * earlier mapping; 400 naming {@code email} or {@code member_identifier};</li>
 * <li>{@code DELETE /api/admin/member-mappings/{email}}: removes a mapping (404 when there is none); the user is
 * matched by e-mail again.</li>
 * </ul>
 * Writes need the CSRF token, a bearer token or an API key.
 */
@Tag(name = "Admin")
@Path("/api/admin/member-mappings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class MemberMappingApiResource {

    private final AgentMembers agentMembers;

    /** CDI constructor. */
    public MemberMappingApiResource(AgentMembers agentMembers) {
        this.agentMembers = agentMembers;
    }

    /** @return {@code [{"email":"…","member_identifier":"tlopez","member_name":"Tina Lopez","mapped_by":"…","mapped_at":"…"}]} */
    @Operation(summary = "User-to-member mappings (admin)")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @APIResponse(responseCode = "200", description = "The explicit mappings",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "mappings", value = "[{\"email\":\"jane@msp.example\",\"member_identifier\":\"tlopez\",\"member_name\":\"Tina Lopez\"}]")))
    @GET
    public List<AgentMemberView.Mapping> mappings() {
        return agentMembers.mappings().stream().map(AgentMemberView.Mapping::of).toList();
    }

    /**
     * @param email      the user's e-mail address
     * @param identifier the ConnectWise member identifier
     * @return 200 {@code {"success":true,"message":"jane@example.com is now logged as Tina Lopez (tlopez)","mapping":{…}}}
     */
    @Operation(summary = "Map a user (e-mail) to a ConnectWise member (admin)")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @APIResponse(responseCode = "200", description = "Mapped",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "mapped", value = "{\"success\":true,\"message\":\"jane@msp.example is charged to Tina Lopez (tlopez).\"}")))
    @APIResponse(responseCode = "400", description = "Unknown member",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields\",\"errors\":{\"member_identifier\":\"is not an active member\"}}")))
    @PUT
    @Path("/{email}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    public AgentMemberView.Changed map(@PathParam("email") String email,
            @RestForm("member_identifier") @Size(max = 15, message = "must be at most 15 characters") String identifier) {
        AgentMember row = agentMembers.map(email, identifier);
        return new AgentMemberView.Changed(true, row.email + " is now logged as " + row.memberName + " ("
                + row.memberIdentifier + ")", AgentMemberView.Mapping.of(row));
    }

    /**
     * @param email the user's e-mail address
     * @return 200 {@code {"success":true,"message":"…"}}, or 404 when the user was not mapped
     */
    @Operation(summary = "Remove a user-to-member mapping (admin)")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "removed", value = "{\"success\":true,\"message\":\"jane@msp.example is matched by e-mail again.\"}")))
    @APIResponse(responseCode = "404", description = "No such mapping",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notMapped", value = "{\"success\":false,\"message\":\"jane@msp.example has no mapping\"}")))
    @DELETE
    @Path("/{email}")
    @CsrfProtected
    public Response unmap(@PathParam("email") String email) {
        if (!agentMembers.unmap(email)) {
            return Response.status(404).entity(WriteAnswer.failure(email + " is not mapped to a member")).build();
        }
        return Response.ok(new AgentMemberView.Changed(true, email + " is matched by e-mail again", null)).build();
    }
}
