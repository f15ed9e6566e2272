package io.screenpop.openphone;

import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * OpenPhone's public API ({@code OPENPHONE_BASE_URL}, default {@code https://api.openphone.com}),
 * limited to creating and updating a contact. The key goes raw in {@code Authorization} (no
 * {@code Bearer}). A call gives up after 3 s and is never retried: a create is not idempotent, and
 * the ConnectWise write it follows must not wait longer.
 */
@Path("/v1")
@RegisterRestClient(configKey = "openphone")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OpenPhoneClient {

    /**
     * {@code POST /v1/contacts}.
     *
     * @param apiKey  the OpenPhone API key
     * @param contact the contact
     * @return OpenPhone's answer with the new contact's id
     */
    @POST
    @Path("/contacts")
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    OpenPhoneContact.Created createContact(@HeaderParam("Authorization") String apiKey, OpenPhoneContact contact);

    /**
     * {@code PATCH /v1/contacts/{id}}: replaces the contact's default fields (its numbers included).
     *
     * @param apiKey  the OpenPhone API key
     * @param id      OpenPhone's contact id
     * @param contact the contact's fields
     * @return OpenPhone's answer with the contact's id
     */
    @PATCH
    @Path("/contacts/{id}")
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    OpenPhoneContact.Created updateContact(@HeaderParam("Authorization") String apiKey, @PathParam("id") String id,
            OpenPhoneContact contact);
}
