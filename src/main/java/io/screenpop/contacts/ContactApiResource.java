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

import io.screenpop.api.WriteAnswer;
import io.screenpop.api.forms.AddPhoneForm;
import io.screenpop.api.forms.NewContactForm;
import io.screenpop.security.CsrfProtected;

/** Contacts in the pick-or-create flow: add the caller's number to a contact, or create a contact. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ContactApiResource {

    private final ContactWrites writes;
    private final PhoneTypes phoneTypes;

    /** CDI constructor. */
    public ContactApiResource(ContactWrites writes, PhoneTypes phoneTypes) {
        this.writes = writes;
        this.phoneTypes = phoneTypes;
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
    public WriteAnswer addPhone(@PathParam("id") int id, @Valid @BeanParam AddPhoneForm form) {
        ContactWrites.AddedPhone added = writes.addPhone(id, form.phone,
                form.phoneType == null || form.phoneType.isBlank() ? "Cell" : form.phoneType);
        return new WriteAnswer(true, added.message(), added.companyId(), added.contactId(), null, null,
                added.redirectUrl(), null);
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
    public List<PhoneTypeView> phoneTypes() {
        return phoneTypes.phoneTypes().stream()
                .map(t -> new PhoneTypeView(t.id(), t.description(), Boolean.TRUE.equals(t.faxFlag()))).toList();
    }

    /** @param id type id @param name type name @param fax whether it is a fax type */
    public record PhoneTypeView(int id, String name, boolean fax) {
    }
}
