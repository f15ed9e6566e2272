package io.screenpop.openphone;

import jakarta.ws.rs.POST;
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
import io.screenpop.api.ApiError;
import io.screenpop.security.CsrfProtected;
import io.screenpop.signin.AdminOnly;

/**
 * Admin actions of the OpenPhone push, guarded like {@code POST /sync} ({@link AdminOnly}): an API key, or with
 * sign-in on a signed-in admin (a browser session also sends the CSRF token); a signed-in user without
 * {@code ADMIN_ROLE} gets 403, and with sign-in off an API key is needed (401 without one).
 * {@code POST /api/openphone/companies/{id}/push} pushes every contact of one company
 * ({@link OpenPhoneCompanyPush}) → 200 with a summary; 404 when the index has no such company; 409 when
 * {@code OPENPHONE_API_KEY} is not set.
 */
@Path("/api/openphone")
@Tag(name = "OpenPhone", description = "Keep OpenPhone's contacts in step with ConnectWise")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.BEARER)
@SecurityRequirementsSet({@SecurityRequirement(name = ApiSecurity.SESSION), @SecurityRequirement(name = ApiSecurity.CSRF)})
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly(keyWhenSignInOff = true)
@CsrfProtected
public class OpenPhoneAdminResource {

    private final OpenPhoneCompanyPush companyPush;
    private final OpenPhoneContacts openPhone;

    /** CDI constructor. */
    public OpenPhoneAdminResource(OpenPhoneCompanyPush companyPush, OpenPhoneContacts openPhone) {
        this.companyPush = companyPush;
        this.openPhone = openPhone;
    }

    /**
     * @param id ConnectWise company id
     * @return 200 {@link OpenPhoneCompanyPush.Summary}, 404 or 409 {@link ApiError}
     */
    @POST
    @Path("/companies/{id: \\d+}/push")
    @Operation(summary = "Push every contact of a company to OpenPhone", description = "Each active contact with a number is created in OpenPhone, or its OpenPhone contact (kept from an earlier push) is updated: never a second one. 3 s per contact, 30 s in all; repeat to finish what time left out.")
    @APIResponse(responseCode = "200", description = "What OpenPhone now has",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "pushed", value = "{\"company_id\":1,\"company\":\"ACME Corporation\",\"pushed\":2,\"failed\":0,\"skipped\":1,\"contacts\":[{\"contact_id\":1,\"name\":\"Jane Doe\",\"openphone\":{\"integrated\":true,\"contactId\":\"op_contact_1\"}},{\"contact_id\":2,\"name\":\"John Smith\",\"openphone\":{\"integrated\":true,\"contactId\":\"op_contact_2\"}},{\"contact_id\":9,\"name\":\"Pat Nonumber\",\"skipped\":\"no phone number\"}]}")))
    @APIResponse(responseCode = "404", description = "The index has no such company",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"error\":\"Unknown company\",\"message\":\"The index has no company 99999\"}")))
    @APIResponse(responseCode = "409", description = "OpenPhone is not configured",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "off", value = "{\"error\":\"OpenPhone is off\",\"message\":\"Set OPENPHONE_API_KEY to push contacts to OpenPhone\"}")))
    public Response pushCompany(@PathParam("id") int id) {
        if (!openPhone.configured()) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(ApiError.of("OpenPhone is off", "Set OPENPHONE_API_KEY to push contacts to OpenPhone")).build();
        }
        return companyPush.push(id).map(s -> Response.ok(s).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(ApiError.of("Unknown company", "The index has no company " + id)).build());
    }
}
