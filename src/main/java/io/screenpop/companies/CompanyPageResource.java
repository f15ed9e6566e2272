package io.screenpop.companies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import io.screenpop.index.IndexedCompany;
import io.screenpop.index.IndexedContact;
import io.screenpop.index.PhoneEntry;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;
import io.screenpop.security.CsrfTokens;

/**
 * {@code GET /companies/{id}}: the built-in screenpop target. Shows the company card (name,
 * identifier, status, address, main phone, links to ConnectWise and Nilear) and its contacts with
 * their numbers and e-mails, from the local index only, so it renders while ConnectWise is slow or
 * down. {@code contactId} and {@code phone} (set by the screenpop redirect) mark the caller. The
 * company's open tickets, "Create ticket" and "Log this call" are loaded and sent by the page's
 * script ({@code company-page.js}) through the ticket API, with the CSRF token the page hands out.
 */
@Path("/companies")
@Tag(name = "Pages")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class CompanyPageResource {

    private final CompanyDirectory directory;
    private final ConnectWiseLinks links;
    private final PhoneNumberNormalizer normalizer;
    private final CsrfTokens csrf;

    /** CDI constructor. */
    public CompanyPageResource(CompanyDirectory directory, ConnectWiseLinks links, PhoneNumberNormalizer normalizer,
            CsrfTokens csrf) {
        this.directory = directory;
        this.links = links;
        this.normalizer = normalizer;
        this.csrf = csrf;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance company(IndexedCompany company, List<PhoneLine> companyLines,
                List<ContactCard> contacts, String callerDisplay, String callerName, String cwUrl, String nilearUrl,
                String csrfToken);

        static native TemplateInstance notFound(int companyId);
    }

    /**
     * @param id        ConnectWise company id
     * @param contactId the calling contact, from the screenpop; optional
     * @param phone     the calling number, from the screenpop; optional
     * @param csrfCookie the browser's CSRF token cookie, reused when well-formed
     * @param uriInfo   request URI, to mark the cookie secure over HTTPS
     * @return the page, or a 404 page when the index does not know the company
     */
    @GET
    @Path("/{id}")
    @Operation(summary = "The company page (the default screenpop target)", description = "Company card and contacts from the index; ?contactId=&phone= marks the caller.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>ACME Corporation</h1>…</html>")))
    @APIResponse(responseCode = "404", description = "The index has no such company",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…Company 99999 is not in the index…</html>")))
    @Produces(MediaType.TEXT_HTML)
    public Response company(@PathParam("id") int id, @QueryParam("contactId") Integer contactId,
            @QueryParam("phone") String phone, @CookieParam(CsrfTokens.COOKIE) String csrfCookie,
            @Context UriInfo uriInfo) {
        var company = directory.company(id);
        if (company.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(id)).build();
        }
        String caller = phone == null ? null : normalizer.normalize(phone).map(NormalizedPhone::e164).orElse(null);
        List<PhoneEntry> numbers = directory.numbers(id);
        Map<Integer, List<PhoneEntry>> byContact = numbers.stream().filter(e -> e.contactId != null)
                .collect(Collectors.groupingBy(e -> e.contactId));
        List<PhoneLine> companyLines = numbers.stream().filter(e -> e.contactId == null)
                .map(e -> line(e, caller)).toList();
        List<ContactCard> contacts = new ArrayList<>();
        for (IndexedContact c : directory.contacts(id)) {
            List<PhoneLine> phones = byContact.getOrDefault(c.id, List.of()).stream().map(e -> line(e, caller)).toList();
            List<String> emails = c.emails == null || c.emails.isBlank() ? List.of() : Arrays.asList(c.emails.split("\n"));
            boolean isCaller = contactId != null && contactId == c.id;
            contacts.add(new ContactCard(c.id, c.fullName(), c.title, phones, emails, c.inactive, isCaller, links.contact(c.id)));
        }
        contacts.sort((a, b) -> Boolean.compare(b.caller(), a.caller()));
        String callerName = contacts.stream().filter(ContactCard::caller).map(ContactCard::name).findFirst().orElse(null);
        String token = csrf.tokenFor(csrfCookie);
        return Response.ok(Templates.company(company.get(), companyLines, contacts,
                caller == null ? null : normalizer.display(caller), callerName, links.company(id), links.nilearCompany(id),
                token))
                .header("Cache-Control", "no-store")
                .cookie(csrf.cookie(token, "https".equals(uriInfo.getBaseUri().getScheme()))).build();
    }

    private PhoneLine line(PhoneEntry e, String caller) {
        return new PhoneLine(normalizer.display(e.e164), e.e164, e.phoneType, e.extension, e.e164.equals(caller));
    }
}
