package io.screenpop.companies;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import io.screenpop.contacts.ContactSummary;
import io.screenpop.idempotency.Idempotent;
import io.screenpop.security.CsrfProtected;

/**
 * Companies in the pick-or-create flow: autocomplete, a company's contacts, and creating a
 * company with its primary contact. Used by the no-match page and by other tools.
 */
@Idempotent
@Path("/api/companies")
@Tag(name = "Pick or create")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirementsSet({@SecurityRequirement(name = ApiSecurity.SESSION), @SecurityRequirement(name = ApiSecurity.CSRF)})
@Produces(MediaType.APPLICATION_JSON)
public class CompanyApiResource {

    private final CompanySearch search;
    private final CompanyContacts contacts;
    private final CompanyCreation creation;

    /** CDI constructor. */
    public CompanyApiResource(CompanySearch search, CompanyContacts contacts, CompanyCreation creation) {
        this.search = search;
        this.contacts = contacts;
        this.creation = creation;
    }

    /**
     * {@code GET /api/companies/search?q=acme}.
     *
     * @param q at least 2 characters of a name or identifier
     * @return 200 with up to 10 {@link CompanySummary}, or 400 when {@code q} is shorter than 2 characters
     */
    @GET
    @Path("/search")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "Company autocomplete", description = "Name or identifier containing q, names starting with it first; up to 10, from the local index.")
    @APIResponse(responseCode = "200", description = "Up to 10 companies (possibly none)",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "found", value = "[{\"id\":1,\"name\":\"ACME Corporation\",\"identifier\":\"AcmeCorp\",\"city\":\"San Jose\",\"state\":\"CA\",\"phone\":\"(408) 555-1212\",\"label\":\"ACME Corporation - San Jose, CA\"}]"), @ExampleObject(name = "none", value = "[]")}))
    @APIResponse(responseCode = "400", description = "q shorter than 2 characters",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "tooShort", value = "{\"success\":false,\"message\":\"Type at least 2 characters to search\",\"errors\":{\"q\":\"must be at least 2 characters\"}}")))
    public Response search(@QueryParam("q") String q) {
        if (q == null || q.strip().length() < 2) {
            return Response.status(400).entity(WriteAnswer.invalid("Type at least 2 characters to search",
                    Map.of("q", "must be at least 2 characters"))).build();
        }
        return Response.ok(search.search(q)).build();
    }

    /**
     * {@code GET /api/companies/{id}/contacts}.
     *
     * @param id ConnectWise company id
     * @return the company's active contacts with their numbers
     */
    @GET
    @Path("/{id}/contacts")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "A company's active contacts with their numbers", description = "Read live from ConnectWise, falling back to the index.")
    @APIResponse(responseCode = "200", description = "The contacts (none for an unknown company)",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "contacts", value = "[{\"id\":1,\"name\":\"Jane Doe\",\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"phones\":[{\"type\":\"Direct\",\"value\":\"(408) 555-1213\",\"display\":\"(408) 555-1213\",\"e164\":\"+14085551213\",\"extension\":null}]}]"), @ExampleObject(name = "none", value = "[]")}))
    public List<ContactSummary> contacts(@PathParam("id") int id) {
        return contacts.of(id);
    }

    /**
     * {@code POST /api/companies/create} (form): creates the company, its primary contact with
     * phone and e-mail, sets the default contact and activates finance.
     *
     * @param form the validated form
     * @return {@code {"success":true,"company_id":789,"contact_id":456,"message":…,"warnings":[…]}}
     */
    @POST
    @Path("/create")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @CsrfProtected
    @Operation(summary = "Create a company with its primary contact", description = "Identifier derived from the name and made unique; territory by name; the contact with phone and e-mail becomes the defaultContact; finance activated (a finance failure adds warnings).")
    @APIResponse(responseCode = "200", description = "Created",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "created", value = "{\"success\":true,\"message\":\"Company and contact created successfully\",\"company_id\":789,\"contact_id\":456,\"redirect_url\":\"/companies/789?phone=%2B14155550100&contactId=456\"}"), @ExampleObject(name = "financeWarning", value = "{\"success\":true,\"message\":\"Company and contact created successfully\",\"company_id\":789,\"contact_id\":456,\"warnings\":[\"Finance not activated: ConnectWise refused the billing terms\"]}")}))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing was written",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "invalid", value = "{\"success\":false,\"message\":\"Please correct the highlighted fields: state must be two letters\",\"errors\":{\"state\":\"must be two letters\"}}")))
    @APIResponse(responseCode = "502", description = "Stopped halfway: the answer names what exists",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "partial", value = "{\"success\":false,\"message\":\"Company 789 was created, but its contact could not be: ConnectWise failed (HTTP 500)\",\"company_id\":789}")))
    public WriteAnswer create(@Valid @BeanParam NewCompanyForm form) {
        CompanyCreation.Created created = creation.create(form.toDraft());
        return new WriteAnswer(true, "Created " + created.company().name() + " with " + form.firstName.strip() + " "
                + form.lastName.strip() + " as its contact.", created.company().id(),
                created.contactId(), null, created.warnings().isEmpty() ? null : created.warnings(),
                created.redirectUrl(), created.openphone());
    }
}
