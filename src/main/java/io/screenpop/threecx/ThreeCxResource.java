package io.screenpop.threecx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.screenpop.activities.CallJournal;
import io.screenpop.api.ApiError;
import io.screenpop.index.IndexMatch;
import io.screenpop.index.LookupResult;
import io.screenpop.calls.CallRecorder;
import io.screenpop.calls.CallSource;
import io.screenpop.index.PhoneLookup;
import io.screenpop.security.ApiKeyFilter;
import io.screenpop.screenpop.ScreenpopLinks;
import io.screenpop.security.ApiKeyRequired;

/**
 * The 3CX (v20) server-side CRM integration, called by the template of {@link ThreeCxTemplateResource}
 * with the {@code apikey} header:
 * <ul>
 * <li>{@code POST /api/3cx/crm} {@code {"number":"…"}}: who is calling, as {@link CrmAnswer}: the best
 * match of the index (the most recently updated contact, else the company line), or
 * {@code {"new_number":true}};</li>
 * <li>{@code POST /api/3cx/journal} ({@link JournalRequest}): logs the finished call in ConnectWise
 * ({@link CallJournal}) → {@code {"logged":true,"activity_id":N}}, or
 * {@code {"logged":false,"reason":"unknown number"}}; invalid fields → 400 {@link ApiError} naming them.</li>
 * </ul>
 */
@Path("/api/3cx")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiKeyRequired
public class ThreeCxResource {

    private final PhoneLookup lookup;
    private final ContactNumbers numbers;
    private final ScreenpopLinks links;
    private final CallJournal journal;
    private final CallRecorder calls;

    /** CDI constructor. */
    public ThreeCxResource(PhoneLookup lookup, ContactNumbers numbers, ScreenpopLinks links, CallJournal journal,
            CallRecorder calls) {
        this.lookup = lookup;
        this.numbers = numbers;
        this.links = links;
        this.journal = journal;
        this.calls = calls;
    }

    /** @param number the caller's number as 3CX sends it */
    public record CrmRequest(String number) {
    }

    /**
     * @param journaled whether an activity was created
     * @param activityId the new activity, or {@code null}
     * @param reason     why nothing was logged, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JournalAnswer(@JsonProperty("logged") boolean journaled,
            @JsonProperty("activity_id") Integer activityId, String reason) {
    }

    /**
     * @param body    {@code {"number":"…"}}
     * @param uriInfo the request, for links when {@code PUBLIC_BASE_URL} is unset
     * @param request the request, for the API key's identity in the call record
     * @return 200 with a contact, a company or {@code {"new_number":true}}; 400 without a number
     */
    @POST
    @Path("/crm")
    public Response crm(CrmRequest body, @Context UriInfo uriInfo, @Context ContainerRequestContext request) {
        if (body == null || body.number() == null || body.number().isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ApiError("Number is required",
                    "Send the caller's number as {\"number\":\"…\"}", Map.of("number", "is required"), null)).build();
        }
        LookupResult result = lookup.lookup(body.number());
        calls.record(result, CallSource.THREECX, (String) request.getProperty(ApiKeyFilter.IDENTITY), null);
        if (result.matches().isEmpty()) {
            return Response.ok(new CrmAnswer.NewNumber(true)).build();
        }
        IndexMatch best = result.first();
        String webUrl = links.screenpop(uriInfo.getBaseUri(), result.e164());
        String companyId = best.companyId() == null ? null : best.companyId().toString();
        if (!best.isContact()) {
            return Response.ok(new CrmAnswer.Company(companyId, "company", best.companyName(), result.e164(), webUrl))
                    .build();
        }
        ContactNumbers.Numbers held = numbers.of(best.contactId(), result.e164(), best.phoneType());
        return Response.ok(new CrmAnswer.Contact(best.contactId().toString(), "contact", best.contactFirstName(),
                best.contactLastName(), best.contactName(), best.companyName(), companyId, best.contactEmail(),
                held.phone(), held.mobile(), webUrl)).build();
    }

    /**
     * @param body the call report
     * @return 200 {@code {"logged":true,"activity_id":N}} or {@code {"logged":false,"reason":"unknown number"}};
     *         400 naming invalid fields
     */
    @POST
    @Path("/journal")
    public Response journal(JournalRequest body) {
        if (body == null) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("number", "is required");
            errors.put("start", "is required");
            throw new JournalRequest.InvalidReportException(errors);
        }
        Optional<Integer> activity = journal.log(body.toReport(lookup));
        return Response.ok(activity.map(id -> new JournalAnswer(true, id, null))
                .orElseGet(() -> new JournalAnswer(false, null, "unknown number"))).build();
    }

    /** @return 400 naming each invalid field of a call report */
    @ServerExceptionMapper
    public Response invalid(JournalRequest.InvalidReportException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("Invalid call report", e.getMessage(), e.errors(), null)).build();
    }
}
