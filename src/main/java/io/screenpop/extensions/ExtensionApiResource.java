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

import io.screenpop.api.WriteAnswer;
import io.screenpop.api.forms.ExtensionForm;
import io.screenpop.connectwise.model.Member;
import io.screenpop.members.Members;
import io.screenpop.security.CsrfProtected;
import io.screenpop.signin.AdminOnly;

/**
 * Internal extensions and their members: list, assign or reassign ({@code PUT}), unassign
 * ({@code DELETE}). Used by the {@code /extensions} page (CSRF token) and by tools (API key). Assigning and
 * unassigning are for admins ({@link AdminOnly}); anybody signed in may list.
 */
@Path("/api/extensions")
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
    @AdminOnly
    public Response unassign(@PathParam("extension") String extension) {
        String valid = extensions.valid(extension);
        if (!extensions.unassign(valid)) {
            return Response.status(404).entity(WriteAnswer.failure("Extension " + valid + " is not assigned")).build();
        }
        return Response.ok(new ExtensionAnswer(true, "Extension " + valid + " unassigned", null)).build();
    }
}
