package io.screenpop.connectwise;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.CallbackEntry;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Activity;
import io.screenpop.connectwise.model.CommunicationItem;
import io.screenpop.connectwise.model.CommunicationType;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.connectwise.model.Member;
import io.screenpop.connectwise.model.NewActivity;
import io.screenpop.connectwise.model.NewCompany;
import io.screenpop.connectwise.model.NewContact;
import io.screenpop.connectwise.model.NewTicket;
import io.screenpop.connectwise.model.PatchOperation;
import io.screenpop.connectwise.model.Priority;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.connectwise.model.TaxCode;
import io.screenpop.connectwise.model.Ticket;
import io.screenpop.connectwise.model.TicketNote;
import io.screenpop.connectwise.model.TimeEntry;

/**
 * ConnectWise Manage REST API ({@code CW_BASE_URL}, e.g. {@code https://host/v4_6_release/apis/3.0}),
 * limited to the paths and fields of the official schema (connectwise-rest 1.3.0, API 2022.1).
 * <p>
 * Every call carries the auth headers of {@link ConnectWiseAuthHeaders}; errors arrive as
 * {@link ConnectWiseException}. Use it only through {@link ConnectWise}, which holds the retry,
 * time-out and circuit-breaker policies (interactive and sync) and the typed queries. List parameters: {@code conditions}, {@code childConditions},
 * {@code fields}, {@code orderBy}, {@code page} or forward-only {@code pageId} with header
 * {@code pagination-type: forward-only}, {@code pageSize} ≤ 1000; a {@code null} parameter is not sent.
 */
@Path("/")
@RegisterRestClient(configKey = "connectwise")
@RegisterClientHeaders(ConnectWiseAuthHeaders.class)
@RegisterProvider(ConnectWiseErrorMapper.class)
@RegisterProvider(ConnectWiseCallMetrics.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ConnectWiseClient {

    /** Header value selecting forward-only paging. */
    String FORWARD_ONLY = "forward-only";

    /** {@code GET /company/contacts}: one page of contacts. */
    @GET
    @Path("company/contacts")
    RestResponse<List<Contact>> listContacts(@RestQuery String conditions, @RestQuery String childConditions,
            @RestQuery String fields, @RestQuery String orderBy, @RestQuery Integer page,
            @RestQuery Integer pageSize, @RestQuery Long pageId,
            @RestHeader("pagination-type") String paginationType);

    /** {@code GET /company/contacts/{id}}. @throws ConnectWiseRejectedException 404 when there is no such contact */
    @GET
    @Path("company/contacts/{id}")
    Contact getContact(@RestPath int id);

    /** {@code GET /company/companies}: one page of companies. */
    @GET
    @Path("company/companies")
    RestResponse<List<Company>> listCompanies(@RestQuery String conditions, @RestQuery String childConditions,
            @RestQuery String fields, @RestQuery String orderBy, @RestQuery Integer page,
            @RestQuery Integer pageSize, @RestQuery Long pageId,
            @RestHeader("pagination-type") String paginationType);

    /** {@code GET /company/companies/{id}}. @throws ConnectWiseRejectedException 404 when there is no such company */
    @GET
    @Path("company/companies/{id}")
    Company getCompany(@RestPath int id);

    /** {@code GET /company/communicationTypes}: the instance's phone, fax and e-mail types. */
    @GET
    @Path("company/communicationTypes")
    List<CommunicationType> listCommunicationTypes(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /finance/billingTerms}: billing terms, e.g. Net 30. */
    @GET
    @Path("finance/billingTerms")
    List<Reference> listBillingTerms(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /finance/taxCodes}: tax codes. */
    @GET
    @Path("finance/taxCodes")
    List<TaxCode> listTaxCodes(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /company/countries}: countries, referenced by id on companies. */
    @GET
    @Path("company/countries")
    List<Reference> listCountries(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /system/locations}: locations, which companies reference as their territory. */
    @GET
    @Path("system/locations")
    List<Reference> listLocations(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /sales/activities/types}: activity types (Call, Email, Appointment …). */
    @GET
    @Path("sales/activities/types")
    List<Reference> listActivityTypes(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /sales/activities/statuses}: activity statuses (Open, Closed …). */
    @GET
    @Path("sales/activities/statuses")
    List<Reference> listActivityStatuses(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code POST /sales/activities}: creates an activity (a logged call). */
    @POST
    @Path("sales/activities")
    Activity createActivity(NewActivity activity);

    /**
     * {@code POST /company/companies}: creates a company.
     *
     * @throws ConnectWiseRejectedException when ConnectWise refuses it (duplicate identifier, missing territory …)
     */
    @POST
    @Path("company/companies")
    Company createCompany(NewCompany company);

    /** {@code PATCH /company/companies/{id}} with JSON Patch operations. */
    @PATCH
    @Path("company/companies/{id}")
    Company patchCompany(@RestPath int id, List<PatchOperation> operations);

    /** {@code PATCH /company/contacts/{id}} with JSON Patch operations. */
    @PATCH
    @Path("company/contacts/{id}")
    Contact patchContact(@RestPath int id, List<PatchOperation> operations);

    /** {@code POST /company/contacts}: creates a contact. */
    @POST
    @Path("company/contacts")
    Contact createContact(NewContact contact);

    /**
     * {@code POST /company/contacts/{parentId}/communications}: adds one communication item without
     * rewriting the others.
     */
    @POST
    @Path("company/contacts/{parentId}/communications")
    CommunicationItem addCommunication(@RestPath int parentId, CommunicationItem item);

    /** {@code GET /service/tickets}: one page of tickets. */
    @GET
    @Path("service/tickets")
    List<Ticket> listTickets(@RestQuery String conditions, @RestQuery String fields, @RestQuery String orderBy,
            @RestQuery Integer pageSize);

    /** {@code GET /service/tickets/{id}}. @throws ConnectWiseRejectedException 404 when there is no such ticket */
    @GET
    @Path("service/tickets/{id}")
    Ticket getTicket(@RestPath int id);

    /** {@code POST /service/tickets}: creates a ticket. */
    @POST
    @Path("service/tickets")
    Ticket createTicket(NewTicket ticket);

    /** {@code PATCH /service/tickets/{id}} with JSON Patch operations. */
    @PATCH
    @Path("service/tickets/{id}")
    Ticket patchTicket(@RestPath int id, List<PatchOperation> operations);

    /** {@code POST /service/tickets/{parentId}/notes}: adds a note to a ticket. */
    @POST
    @Path("service/tickets/{parentId}/notes")
    TicketNote addTicketNote(@RestPath int parentId, TicketNote note);

    /** {@code POST /time/entries}: records time. */
    @POST
    @Path("time/entries")
    TimeEntry createTimeEntry(TimeEntry entry);

    /** {@code GET /service/boards}: service boards. */
    @GET
    @Path("service/boards")
    List<Board> listBoards(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /service/boards/{parentId}/statuses}: the statuses of a board. */
    @GET
    @Path("service/boards/{parentId}/statuses")
    List<BoardStatus> listBoardStatuses(@RestPath int parentId, @RestQuery String conditions, @RestQuery String orderBy,
            @RestQuery Integer pageSize);

    /** {@code GET /service/priorities}: ticket priorities with their colours. */
    @GET
    @Path("service/priorities")
    List<Priority> listPriorities(@RestQuery String conditions, @RestQuery Integer pageSize);

    /** {@code GET /system/members}: members (technicians and API members). */
    @GET
    @Path("system/members")
    List<Member> listMembers(@RestQuery String conditions, @RestQuery String fields, @RestQuery String orderBy,
            @RestQuery Integer pageSize);

    /** {@code GET /service/tickets/{parentId}/notes}: a ticket's notes. */
    @GET
    @Path("service/tickets/{parentId}/notes")
    List<TicketNote> listTicketNotes(@RestPath int parentId, @RestQuery String conditions, @RestQuery String orderBy,
            @RestQuery Integer pageSize);

    /** {@code GET /time/entries}: time entries. */
    @GET
    @Path("time/entries")
    List<TimeEntry> listTimeEntries(@RestQuery String conditions, @RestQuery String orderBy, @RestQuery Integer pageSize);

    /** {@code GET /sales/activities}: activities (logged calls among them). */
    @GET
    @Path("sales/activities")
    List<Activity> listActivities(@RestQuery String conditions, @RestQuery String orderBy, @RestQuery Integer pageSize);

    /** {@code GET /system/callbacks}: callback registrations. */
    @GET
    @Path("system/callbacks")
    List<CallbackEntry> listCallbacks(@RestQuery String conditions, @RestQuery String fields, @RestQuery Integer page,
            @RestQuery Integer pageSize);

    /** {@code POST /system/callbacks}: registers a callback. Retried only on 429/503. */
    @POST
    @Path("system/callbacks")
    CallbackEntry createCallback(CallbackEntry callback);

    /** {@code DELETE /system/callbacks/{id}}: removes a registration. Retried only on 429/503. */
    @DELETE
    @Path("system/callbacks/{id}")
    void deleteCallback(@RestPath int id);
}
