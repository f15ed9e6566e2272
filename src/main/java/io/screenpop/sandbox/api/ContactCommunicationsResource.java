package io.screenpop.sandbox.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.screenpop.sandbox.SandboxApi;
import io.screenpop.sandbox.SandboxPaths;
import io.screenpop.sandbox.error.CwResponses;
import io.screenpop.sandbox.store.CollectionSpec;
import io.screenpop.sandbox.store.ContactCommunications;
import io.screenpop.sandbox.store.RecordRules;
import io.screenpop.sandbox.store.SchemaFields;

/** {@code /company/contacts/{parentId}/communications}: list, count, get one, add one. */
@Path(SandboxPaths.API_BASE + "/company/contacts/{parentId: \\d+}/communications")
@SandboxApi
public class ContactCommunicationsResource {

    private static final CollectionSpec SPEC = new CollectionSpec("company/contacts/{parentId}/communications",
            "contactCommunication", SchemaFields.CONTACT_COMMUNICATION, RecordRules.NONE);

    private final ContactCommunications communications;

    /** @param communications contact communication items */
    @Inject
    public ContactCommunicationsResource(ContactCommunications communications) {
        this.communications = communications;
    }

    /** @return the contact's communications (404 for an unknown contact) */
    @GET
    public Response list(@PathParam("parentId") long contactId, @Context UriInfo uri,
            @HeaderParam(ListResponses.PAGINATION_TYPE) String paginationType) {
        return ListResponses.list(communications.list(contactId), SPEC, uri, paginationType);
    }

    /** @return {@code {"count": N}} */
    @GET
    @Path("count")
    public Response count(@PathParam("parentId") long contactId, @Context UriInfo uri) {
        return ListResponses.count(communications.list(contactId), SPEC, uri);
    }

    /** @return one communication */
    @GET
    @Path("{id: \\d+}")
    public Response get(@PathParam("parentId") long contactId, @PathParam("id") long id) {
        return CwResponses.json(200, communications.get(contactId, id));
    }

    /** Appends one communication item; 201 with it (including {@code contactId}). */
    @POST
    public Response add(@PathParam("parentId") long contactId, String body) {
        return CwResponses.json(201, communications.add(contactId, JsonBodies.parse(body)));
    }
}
