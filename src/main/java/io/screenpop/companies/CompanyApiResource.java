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

import io.screenpop.api.WriteAnswer;
import io.screenpop.api.forms.NewCompanyForm;
import io.screenpop.contacts.CompanyContacts;
import io.screenpop.contacts.ContactSummary;
import io.screenpop.security.CsrfProtected;

/**
 * Companies in the pick-or-create flow: autocomplete, a company's contacts, and creating a
 * company with its primary contact. Used by the no-match page and by other tools.
 */
@Path("/api/companies")
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
    public WriteAnswer create(@Valid @BeanParam NewCompanyForm form) {
        CompanyCreation.Created created = creation.create(form.toDraft());
        return new WriteAnswer(true, "Created " + created.company().name() + " with " + form.firstName.strip() + " "
                + form.lastName.strip() + " as its contact.", created.company().id(),
                created.contactId(), null, created.warnings().isEmpty() ? null : created.warnings(),
                created.redirectUrl(), created.openphone());
    }
}
