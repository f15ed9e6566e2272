package io.screenpop.companies;

import io.screenpop.openapi.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.index.IndexedContact;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * {@code GET /contacts/{id}}: a contact that belongs to no company (a walk-in caller), where the
 * screenpop sends such a caller. From the local index only. Offers the next steps: open the contact
 * in ConnectWise, open Nilear, and "Attach to a company" (pick-or-create for the calling number),
 * after which the company page can create a ticket. A contact that has a company redirects to it.
 */
@Tag(name = "Pages")
@Path("/contacts")
public class ContactPageResource {

    private final CompanyDirectory directory;
    private final ConnectWiseLinks links;
    private final PhoneNumberNormalizer normalizer;
    private final NilearConfig nilear;

    /** CDI constructor. */
    public ContactPageResource(CompanyDirectory directory, ConnectWiseLinks links, PhoneNumberNormalizer normalizer,
            NilearConfig nilear) {
        this.directory = directory;
        this.links = links;
        this.normalizer = normalizer;
        this.nilear = nilear;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance walkIn(IndexedContact contact, List<PhoneLine> phones, List<String> emails,
                String callerDisplay, String cwUrl, String nilearUrl, String attachUrl);

        static native TemplateInstance contactNotFound(int contactId);
    }

    /**
     * @param id    ConnectWise contact id
     * @param phone the calling number, from the screenpop; optional
     * @return the page; 303 to the company page when the contact has a company; 404 when unknown
     */
    @Operation(summary = "A contact without a company (a walk-in caller): next steps")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Walk-in Caller</h1>…Attach to a company…</html>")))
    @APIResponse(responseCode = "404", description = "Not in the index",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "notFound", value = "<!DOCTYPE html><html lang=\"en\">…Contact 99999 is not in the index…</html>")))
    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response contact(@PathParam("id") int id, @QueryParam("phone") String phone) {
        var found = directory.contact(id);
        if (found.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.contactNotFound(id)).build();
        }
        IndexedContact contact = found.get();
        String caller = phone == null ? null : normalizer.normalize(phone).map(NormalizedPhone::e164).orElse(null);
        if (contact.companyId != null) {
            return Response.seeOther(java.net.URI.create("/companies/" + contact.companyId + "?contactId=" + id
                    + (caller == null ? "" : "&phone=" + encode(caller)))).build();
        }
        List<PhoneLine> phones = directory.contactNumbers(id).stream()
                .map(e -> new PhoneLine(normalizer.display(e.e164), e.e164, e.phoneType, e.extension, e.e164.equals(caller)))
                .toList();
        List<String> emails = contact.emails == null || contact.emails.isBlank() ? List.of()
                : Arrays.asList(contact.emails.split("\n"));
        String number = caller != null ? caller : phones.isEmpty() ? null : phones.get(0).e164();
        String attach = number == null ? null : "/screenpop/attach?phone=" + encode(number) + "&contactId=" + id;
        return Response.ok(Templates.walkIn(contact, phones, emails, caller == null ? null : normalizer.display(caller),
                links.contact(id), nilear.baseUrl(), attach))
                .type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8").header("Cache-Control", "no-store").build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
