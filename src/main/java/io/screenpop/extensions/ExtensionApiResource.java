package io.screenpop.extensions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import io.screenpop.api.WriteAnswer;
import io.screenpop.connectwise.model.Member;
import io.screenpop.members.Members;
import io.screenpop.idempotency.Idempotent;
import io.screenpop.security.CsrfProtected;
import io.screenpop.signin.AdminOnly;

/**
 * Internal extensions and their members: list, assign or reassign ({@code PUT}), unassign
 * ({@code DELETE}). Used by the {@code /extensions} page (CSRF token) and by tools (API key). Assigning and
 * unassigning are for admins ({@link AdminOnly}); anybody signed in may list.
 */
@Idempotent
@Path("/api/extensions")
@Tag(name = "Extensions", description = "Internal extensions: which technician sits at which desk phone")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirementsSet({@SecurityRequirement(name = ApiSecurity.SESSION), @SecurityRequirement(name = ApiSecurity.CSRF)})
@Produces(MediaType.APPLICATION_JSON)
public class ExtensionApiResource {

    private final InternalExtensions extensions;
    private final Members members;

    /** CDI constructor. */
    public ExtensionApiResource(InternalExtensions extensions, Members members) {
        this.extensions = extensions;
        this.members = members;
    }

    /** @return {@code GET /api/extensions}: every assignment, by extension */
    @GET
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "Every extension assignment")
    @APIResponse(responseCode = "200", description = "By extension",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "assignments", value = "[{\"extension\":\"205\",\"member_identifier\":\"tlopez\",\"member_name\":\"Tina Lopez\",\"assigned_at\":\"2026-11-21T09:15:00Z\"}]"), @ExampleObject(name = "none", value = "[]")}))
    public List<ExtensionView> all() {
        return extensions.all().stream().map(ExtensionView::of).toList();
    }

    /**
     * {@code PUT /api/extensions/{extension}} (form {@code member_identifier}): assigns or reassigns.
     *
     * @param extension an extension matching {@code INTERNAL_EXTENSION_PATTERN}
     * @param form      the validated form
     * @return {@code {"success":true,"message":"Extension 205 assigned to Tina Lopez","assignment":{…}}};
     *         400 for a bad extension or an unknown or inactive member
     */
    @PUT
    @Path("/{extension}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Assign or reassign an extension", description = "Form member_identifier.")
    @APIResponse(responseCode = "200", description = "Assigned",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "assigned", value = "{\"success\":true,\"message\":\"Extension 205 assigned to Tina Lopez\",\"assignment\":{\"extension\":\"205\",\"member_identifier\":\"tlopez\",\"member_name\":\"Tina Lopez\",\"assigned_at\":\"2026-11-21T09:15:00Z\"}}")))
    @APIResponse(responseCode = "400", description = "Not an extension, or an unknown member",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: member_identifier is required\",\"errors\":{\"member_identifier\":\"is required\"}}")))
    @AdminOnly
    public ExtensionAnswer assign(@PathParam("extension") String extension, @Valid @BeanParam ExtensionForm form) {
        String valid = extensions.valid(extension);
        Member member = members.require(form.memberIdentifier, "member_identifier");
        InternalExtension row = extensions.assign(valid, member);
        return new ExtensionAnswer(true, "Extension " + valid + " assigned to " + member.fullName(), ExtensionView.of(row));
    }

    /**
     * {@code DELETE /api/extensions/{extension}}.
     *
     * @param extension the extension
     * @return 200 {@code {"success":true,"message":"Extension 205 unassigned"}}, or 404 when it was not assigned
     */
    @DELETE
    @Path("/{extension}")
    @CsrfProtected
    @Operation(summary = "Unassign an extension")
    @APIResponse(responseCode = "200", description = "Unassigned",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "unassigned", value = "{\"success\":true,\"message\":\"Extension 205 unassigned\"}")))
    @APIResponse(responseCode = "404", description = "Not assigned",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notAssigned", value = "{\"success\":false,\"message\":\"Extension 205 is not assigned\"}")))
    @AdminOnly
    public Response unassign(@PathParam("extension") String extension) {
        String valid = extensions.valid(extension);
        if (!extensions.unassign(valid)) {
            return Response.status(404).entity(WriteAnswer.failure("Extension " + valid + " is not assigned")).build();
        }
        return Response.ok(new ExtensionAnswer(true, "Extension " + valid + " unassigned", null)).build();
    }
}
