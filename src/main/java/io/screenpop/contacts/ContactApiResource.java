package io.screenpop.contacts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

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
import io.screenpop.api.JsonForms;
import io.screenpop.api.WriteAnswer;
import io.screenpop.idempotency.Idempotent;
import io.screenpop.security.CsrfProtected;

/**
 * Contacts in the pick-or-create flow: add the caller's number to a contact, create a contact, or move
 * a company-less (walk-in) contact to a company.
 */
@Idempotent
@Path("/api")
@Tag(name = "Pick or create", description = "The unknown-caller flow: find the company, add the number to a contact, or create a contact or company")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirementsSet({@SecurityRequirement(name = ApiSecurity.SESSION), @SecurityRequirement(name = ApiSecurity.CSRF)})
@Produces(MediaType.APPLICATION_JSON)
public class ContactApiResource {

    private final ContactWrites writes;
    private final PhoneTypes phoneTypes;
    private final JsonForms json;

    /** CDI constructor. */
    public ContactApiResource(ContactWrites writes, PhoneTypes phoneTypes, JsonForms json) {
        this.writes = writes;
        this.phoneTypes = phoneTypes;
        this.json = json;
    }

    /**
     * {@code POST /api/contacts/{id}/add-phone} (form {@code phone}, {@code phone_type}).
     *
     * @param id   ConnectWise contact id
     * @param form the validated form
     * @return {@code {"success":true,"message":"Added (408) 451-1400 to Jane Doe.",…}}
     */
    @POST
    @Path("/contacts/{id}/add-phone")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Add the caller's number to a contact", description = "One communication item (POST /company/contacts/{id}/communications); a number the contact already has writes nothing. The number is in the index at once.")
    @APIResponse(responseCode = "200", description = "Added (or already there)",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "added", value = "{\"success\":true,\"message\":\"Phone 4084511400 added to contact\",\"company_id\":1,\"contact_id\":1,\"redirect_url\":\"/companies/1?phone=%2B14084511400&contactId=1\"}"), @ExampleObject(name = "alreadyThere", value = "{\"success\":true,\"message\":\"Contact already has phone 4085551213; nothing was changed\",\"company_id\":1,\"contact_id\":1,\"redirect_url\":\"/companies/1?phone=%2B14085551213&contactId=1\"}")}))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: phone is not a phone number we can dial (e.g. (408) 555-1212 or +44 20 7946 0958)\",\"errors\":{\"phone\":\"is not a phone number we can dial (e.g. (408) 555-1212 or +44 20 7946 0958)\"}}")))
    @APIResponse(responseCode = "404", description = "ConnectWise has no such contact",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"success\":false,\"message\":\"ConnectWise refused the change: Contact not found\"}")))
    public WriteAnswer addPhone(@PathParam("id") int id, @Valid @BeanParam AddPhoneForm form) {
        ContactWrites.AddedPhone added = writes.addPhone(id, form.phone,
                form.phoneType == null || form.phoneType.isBlank() ? "Cell" : form.phoneType);
        return new WriteAnswer(true, added.message(), added.companyId(), added.contactId(), null, null,
                added.redirectUrl(), added.openphone());
    }

    /**
     * {@code POST /api/contacts/{id}/move} (form {@code company_id}, optional {@code phone}): attaches a
     * contact without a company (a walk-in caller) to a company instead of creating a second contact there.
     *
     * @param id   ConnectWise contact id
     * @param form the validated form
     * @return {@code {"success":true,"message":"Moved Jane Doe to ACME Corporation.","company_id":1,"contact_id":9,…}}
     */
    @POST
    @Path("/contacts/{id}/move")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Move a walk-in contact to a company", description = "For a contact without a company: one PATCH /company/contacts/{id} setting company; its numbers pop at that company at once. No second contact is created and no number is written. A contact already at that company writes nothing; one at another company is refused. phone (optional) only chooses where redirect_url lands.")
    @APIResponse(responseCode = "200", description = "Moved (or already there)",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "moved", value = "{\"success\":true,\"message\":\"Moved Walk-in Caller to ACME Corporation.\",\"company_id\":1,\"contact_id\":9,\"redirect_url\":\"/companies/1?phone=%2B16175550190&contactId=9\"}"), @ExampleObject(name = "alreadyThere", value = "{\"success\":true,\"message\":\"Walk-in Caller already belongs to ACME Corporation, so nothing was changed.\",\"company_id\":1,\"contact_id\":9,\"redirect_url\":\"/companies/1?phone=%2B16175550190&contactId=9\"}")}))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "noCompany", value = "{\"success\":false,\"message\":\"Company is required\",\"errors\":{\"company_id\":\"Company is required\"}}"), @ExampleObject(name = "hasACompany", value = "{\"success\":false,\"message\":\"Jane Doe already belongs to ACME Corporation; only a contact without a company can be moved here\",\"errors\":{\"contact_id\":\"Jane Doe already belongs to ACME Corporation; only a contact without a company can be moved here\"}}")}))
    @APIResponse(responseCode = "404", description = "ConnectWise has no such contact",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "notFound", value = "{\"success\":false,\"message\":\"ConnectWise refused the change: Contact not found\"}")))
    public WriteAnswer move(@PathParam("id") int id, @Valid @BeanParam MoveContactForm form) {
        ContactWrites.MovedContact moved = writes.moveContact(id, form.companyId, form.phone);
        return new WriteAnswer(true, moved.message(), moved.companyId(), moved.contactId(), null, null,
                moved.redirectUrl(), moved.openphone());
    }

    /**
     * {@code POST /api/contacts/{id}/move} with a JSON body {@code {"companyId":1,"phone":"+16175550190"}}.
     *
     * @param id   ConnectWise contact id
     * @param body the fields of {@link MoveContactForm}, camelCase or snake_case
     * @return as {@link #move(int, MoveContactForm)}
     */
    @POST
    @Path("/contacts/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @CsrfProtected
    public WriteAnswer moveJson(@PathParam("id") int id, @RequestBody(content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "camelCase", value = "{\"companyId\":1,\"phone\":\"+16175550190\"}"),
                @ExampleObject(name = "snake_case", value = "{\"company_id\":1}")})) JsonNode body) {
        return move(id, json.read(body, MoveContactForm.class));
    }

    /**
     * {@code POST /api/contacts/create} (form {@code company_id}, {@code first_name}, {@code last_name},
     * {@code phone}, {@code email}, {@code phone_type}).
     *
     * @param form the validated form
     * @return {@code {"success":true,"contact_id":456,"message":"Created Zoe Zimmer at ACME Corporation.",…}}, with
     *         {@code "openphone":{"integrated":…,"contactId":…}} when OpenPhone is configured
     */
    @POST
    @Path("/contacts/create")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Create a contact at a company", description = "With its phone (and e-mail) in one POST /company/contacts; in the index at once; pushed to OpenPhone when OPENPHONE_API_KEY is set (the answer then carries openphone).")
    @APIResponse(responseCode = "200", description = "Created",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "created", value = "{\"success\":true,\"message\":\"Contact created successfully\",\"company_id\":1,\"contact_id\":456,\"redirect_url\":\"/companies/1?phone=%2B16515550111&contactId=456\"}"), @ExampleObject(name = "withOpenPhone", value = "{\"success\":true,\"message\":\"Contact created successfully\",\"company_id\":1,\"contact_id\":456,\"redirect_url\":\"/companies/1?phone=%2B16515550111&contactId=456\",\"openphone\":{\"integrated\":true,\"contactId\":\"op_contact_1\"}}")}))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: first_name is required\",\"errors\":{\"first_name\":\"is required\"}}")))
    public WriteAnswer create(@Valid @BeanParam NewContactForm form) {
        ContactWrites.CreatedContact created = writes.createContact(form.companyId, form.firstName, form.lastName,
                form.phone, form.email, form.phoneType);
        String at = created.contact().company() == null || created.contact().company().name() == null ? ""
                : " at " + created.contact().company().name();
        return new WriteAnswer(true, "Created " + ContactWrites.name(created.contact()) + at + ".", form.companyId,
                created.contact().id(), null, null,
                created.redirectUrl(), created.openphone());
    }

    /**
     * {@code GET /api/communication-types}: the phone and fax types of this ConnectWise, default first.
     *
     * @return {@code [{"id":1,"name":"Direct","fax":false}, …]}
     */
    @GET
    @Path("/communication-types")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "The instance's phone and fax types", description = "Default first.")
    @APIResponse(responseCode = "200", description = "The types",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "types", value = "[{\"id\":2,\"name\":\"Direct\",\"fax\":false},{\"id\":4,\"name\":\"Cell\",\"fax\":false},{\"id\":3,\"name\":\"Fax\",\"fax\":true}]")))
    public List<PhoneTypeView> phoneTypes() {
        return phoneTypes.phoneTypes().stream()
                .map(t -> new PhoneTypeView(t.id(), t.description(), Boolean.TRUE.equals(t.faxFlag()))).toList();
    }

    /** @param id type id @param name type name @param fax whether it is a fax type */
    public record PhoneTypeView(int id, String name, boolean fax) {
    }
}
