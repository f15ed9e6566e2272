package io.screenpop.threecx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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
import io.screenpop.activities.CallJournal;
import io.screenpop.api.ApiError;
import io.screenpop.api.FieldNames;
import io.screenpop.api.InvalidInputException;
import io.screenpop.api.JsonForms;
import io.screenpop.contacts.ContactWrites;
import io.screenpop.audit.NotAudited;
import io.screenpop.index.IndexMatch;
import io.screenpop.index.LookupResult;
import io.screenpop.calls.CallRecorder;
import io.screenpop.calls.CallSource;
import io.screenpop.index.PhoneLookup;
import io.screenpop.security.ApiKeyFilter;
import io.screenpop.screenpop.ScreenpopLinks;
import io.screenpop.idempotency.Idempotent;
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
 * {@code {"logged":false,"reason":"unknown number"}}; invalid fields → 400 {@link ApiError} naming them;</li>
 * <li>{@code POST /api/3cx/search} {@code {"text":"…"}} (3CX's {@code SearchContacts}): up to 20 contacts
 * and companies from the in-memory index ({@link ThreeCxSearch}) → {@code {"contacts":[…]}};</li>
 * <li>{@code POST /api/3cx/email} {@code {"email":"…"}} (3CX's {@code LookupByEmail}): a contact by
 * e-mail ({@link ThreeCxContacts#byEmail}) → a {@link CrmAnswer.Contact} or {@code {"new_email":true}};</li>
 * <li>{@code POST /api/3cx/contacts} (3CX's {@code CreateContactRecordFromClient}, {@link ThreeCxContactForm}):
 * creates the contact at the one company of that name ({@link ThreeCxContacts#create}) → the new
 * {@link CrmAnswer.Contact}; 400 naming {@code company} (nothing created) when no company or several have that name.</li>
 * </ul>
 * Invalid input of every endpoint answers 400 {@link ApiError} with {@code errors} by field.
 */
@Idempotent
@Path("/api/3cx")
@Tag(name = "3CX", description = "What the 3CX (v20) CRM template calls: see /integrations/3cx/template.xml")
@SecurityRequirement(name = ApiSecurity.THREECX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiKeyRequired
public class ThreeCxResource {

    private final PhoneLookup lookup;
    private final ContactNumbers numbers;
    private final ScreenpopLinks links;
    private final CallJournal journal;
    private final ThreeCxSearch search;
    private final ThreeCxContacts contacts;
    private final JsonForms json;
    private final CallRecorder calls;

    /** CDI constructor. */
    public ThreeCxResource(PhoneLookup lookup, ContactNumbers numbers, ScreenpopLinks links, CallJournal journal,
            ThreeCxSearch search, ThreeCxContacts contacts, JsonForms json, CallRecorder calls) {
        this.lookup = lookup;
        this.numbers = numbers;
        this.links = links;
        this.journal = journal;
        this.calls = calls;
        this.search = search;
        this.contacts = contacts;
        this.json = json;
    }

    /** @param text what the 3CX user typed: a name, a company name or (part of) a number */
    public record SearchRequest(String text) {
    }

    /** @param contacts the contacts ({@link CrmAnswer.Contact}) and companies ({@link CrmAnswer.Company}) found, best first */
    public record SearchAnswer(List<Object> contacts) {
    }

    /** @param email the e-mail address to look up */
    public record EmailRequest(String email) {
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
    @Operation(summary = "3CX: look a caller up by number", description = "The template's default scenario."
            + " The best match of the index: the most recently updated contact, else the company line.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "number", value = "{\"number\":\"+14085551213\"}")))
    @APIResponse(responseCode = "200", description = "A contact, a company line, or nobody",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "contact", value = "{\"contact_id\":\"1\",\"type\":\"contact\",\"firstname\":\"Jane\",\"lastname\":\"Doe\",\"name\":\"Jane Doe\",\"company\":\"ACME Corporation\",\"company_id\":\"1\",\"email\":\"jane.doe@acme.example\",\"phone\":\"+14085551213\",\"mobile\":\"+14085557001\",\"web_url\":\"https://screenpop.example.com/screenpop?phone=%2B14085551213\"}"), @ExampleObject(name = "company", value = "{\"company_id\":\"1\",\"type\":\"company\",\"company\":\"ACME Corporation\",\"phone\":\"+14085551212\",\"web_url\":\"https://screenpop.example.com/screenpop?phone=%2B14085551212\"}"), @ExampleObject(name = "newNumber", value = "{\"new_number\":true}")}))
    @APIResponse(responseCode = "400", description = "No number",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "missingNumber", value = "{\"error\":\"Number is required\",\"message\":\"Send the caller's number as {\\\"number\\\":\\\"…\\\"}\",\"errors\":{\"number\":\"is required\"}}")))
    @NotAudited
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
    @Operation(summary = "3CX: log a finished call in ConnectWise", description = "The template's ReportCall"
            + " scenario: an activity of type Call on the caller's contact and company.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "inbound", value = "{\"number\":\"+14085551213\",\"agent\":\"204\",\"call_type\":\"Inbound\",\"start\":\"2025-06-02T15:04:05Z\",\"duration\":\"00:03:12\"}")))
    @APIResponse(responseCode = "200", description = "Logged, or nothing to log it on",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "logged", value = "{\"logged\":true,\"activity_id\":42}"), @ExampleObject(name = "unknownNumber", value = "{\"logged\":false,\"reason\":\"unknown number\"}")}))
    @APIResponse(responseCode = "400", description = "Invalid call report",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "invalidReport", value = "{\"error\":\"Invalid call report\",\"message\":\"Please correct: start is required\",\"errors\":{\"start\":\"is required\"}}")))
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

    /**
     * @param body    {@code {"text":"acme"}}
     * @param uriInfo the request, for links when {@code PUBLIC_BASE_URL} is unset
     * @return 200 {@code {"contacts":[…]}} (possibly empty); 400 when {@code text} has fewer than 2 characters
     */
    @POST
    @Path("/search")
    @Operation(summary = "3CX: search contacts and companies", description = "The template's SearchContacts"
            + " scenario ([SearchText]): by name, company name or number, at most 20, best first, from the in-memory"
            + " index only (never from ConnectWise).")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "name", value = "{\"text\":\"Jane Doe\"}"), @ExampleObject(name = "number", value = "{\"text\":\"408 555 121\"}")}))
    @APIResponse(responseCode = "200", description = "The contacts and companies found, best first (possibly none)",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "found", value = "{\"contacts\":[{\"contact_id\":\"1\",\"type\":\"contact\",\"firstname\":\"Jane\",\"lastname\":\"Doe\",\"name\":\"Jane Doe\",\"company\":\"ACME Corporation\",\"company_id\":\"1\",\"email\":\"jane.doe@acme.example\",\"phone\":\"+14085551213\",\"mobile\":\"+14085557001\",\"web_url\":\"https://screenpop.example.com/screenpop?phone=%2B14085551213\"},{\"company_id\":\"1\",\"type\":\"company\",\"company\":\"ACME Corporation\",\"phone\":\"+14085551212\",\"web_url\":\"https://screenpop.example.com/screenpop?phone=%2B14085551212\"}]}"), @ExampleObject(name = "nothing", value = "{\"contacts\":[]}")}))
    @APIResponse(responseCode = "400", description = "Text too short",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "tooShort", value = "{\"error\":\"Invalid request\",\"message\":\"must be at least 2 characters of a name, a company or a number\",\"errors\":{\"text\":\"must be at least 2 characters of a name, a company or a number\"}}")))
    public Response search(SearchRequest body, @Context UriInfo uriInfo) {
        String text = body == null || body.text() == null ? "" : body.text().strip();
        if (text.length() < 2) {
            throw new InvalidInputException("text", "must be at least 2 characters of a name, a company or a number");
        }
        List<Object> found = new ArrayList<>();
        for (ThreeCxSearch.Hit h : search.search(text)) {
            String number = h.phone() != null ? h.phone() : h.mobile();
            String webUrl = number == null ? null : links.screenpop(uriInfo.getBaseUri(), number);
            String companyId = h.companyId() == null ? null : h.companyId().toString();
            found.add(h.isContact()
                    ? new CrmAnswer.Contact(h.contactId().toString(), "contact", h.firstName(), h.lastName(), h.name(),
                            h.companyName(), companyId, h.email(), h.phone(), h.mobile(), webUrl)
                    : new CrmAnswer.Company(companyId, "company", h.companyName(), h.phone(), webUrl));
        }
        return Response.ok(new SearchAnswer(found)).build();
    }

    /**
     * @param body    {@code {"email":"jane.doe@acme.example"}}
     * @param uriInfo the request, for links when {@code PUBLIC_BASE_URL} is unset
     * @return 200 with the contact or {@code {"new_email":true}}; 400 without an e-mail
     */
    @POST
    @Path("/email")
    @Operation(summary = "3CX: look a contact up by e-mail", description = "The template's LookupByEmail scenario"
            + " ([Email]): an exact match (any case) on any e-mail address of a contact in the index.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "email", value = "{\"email\":\"jane.doe@acme.example\"}")))
    @APIResponse(responseCode = "200", description = "The contact, or nobody",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "contact", value = "{\"contact_id\":\"1\",\"type\":\"contact\",\"firstname\":\"Jane\",\"lastname\":\"Doe\",\"name\":\"Jane Doe\",\"company\":\"ACME Corporation\",\"company_id\":\"1\",\"email\":\"jane.doe@acme.example\",\"phone\":\"+14085551213\",\"mobile\":\"+14085557001\",\"web_url\":\"https://screenpop.example.com/screenpop?phone=%2B14085551213\"}"), @ExampleObject(name = "newEmail", value = "{\"new_email\":true}")}))
    @APIResponse(responseCode = "400", description = "No e-mail",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "missingEmail", value = "{\"error\":\"Invalid request\",\"message\":\"is required\",\"errors\":{\"email\":\"is required\"}}")))
    public Response byEmail(EmailRequest body, @Context UriInfo uriInfo) {
        String email = body == null || body.email() == null ? "" : body.email().strip();
        if (email.isEmpty()) {
            throw new InvalidInputException("email", "is required");
        }
        return contacts.byEmail(email).<Response>map(c -> {
            ContactNumbers.Numbers held = numbers.of(c.contactId());
            return Response.ok(contact(c.contactId(), c.firstName(), c.lastName(), c.companyId(), c.companyName(),
                    c.email(), held, uriInfo)).build();
        }).orElseGet(() -> Response.ok(new CrmAnswer.NewEmail(true)).build());
    }

    /**
     * @param body    {@code {"first_name","last_name","number","email","company"}} ({@link ThreeCxContactForm})
     * @param uriInfo the request, for links when {@code PUBLIC_BASE_URL} is unset
     * @return 200 with the created contact; 400 naming the field (nothing created)
     */
    @POST
    @Path("/contacts")
    @Operation(summary = "3CX: create a contact from the 3CX client", description = "The template's"
            + " CreateContactRecordFromClient scenario ([FirstName] [LastName] [Number] [Email] [Company]): creates the"
            + " ConnectWise contact at the one company with that name; its number screenpops at once. No company or"
            + " several of that name: 400, nothing created.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "contact", value = "{\"first_name\":\"Cleo\",\"last_name\":\"Client\",\"number\":\"+16515550188\",\"email\":\"cleo@acme.example\",\"company\":\"ACME Corporation\"}")))
    @APIResponse(responseCode = "200", description = "The contact as created",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "created", value = "{\"contact_id\":\"3001\",\"type\":\"contact\",\"firstname\":\"Cleo\",\"lastname\":\"Client\",\"name\":\"Cleo Client\",\"company\":\"ACME Corporation\",\"company_id\":\"1\",\"email\":\"cleo@acme.example\",\"mobile\":\"+16515550188\",\"web_url\":\"https://screenpop.example.com/screenpop?phone=%2B16515550188\"}")))
    @APIResponse(responseCode = "400", description = "Invalid input or no single company of that name; nothing created",
            content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "unknownCompany", value = "{\"error\":\"Invalid request\",\"message\":\"No company is named 'ACME Corp'. Give the company's name exactly as in ConnectWise; nothing was created.\",\"errors\":{\"company\":\"No company is named 'ACME Corp'. Give the company's name exactly as in ConnectWise; nothing was created.\"}}"), @ExampleObject(name = "invalid", value = "{\"error\":\"Invalid request\",\"message\":\"Please correct: first_name is required\",\"errors\":{\"first_name\":\"is required\"}}")}))
    public Response create(JsonNode body, @Context UriInfo uriInfo) {
        ThreeCxContactForm form = json.read(body, ThreeCxContactForm.class);
        ContactWrites.CreatedContact created = contacts.create(form);
        var c = created.contact();
        ContactNumbers.Numbers held = numbers.of(c.id());
        return Response.ok(contact(c.id(), c.firstName(), c.lastName(), c.company() == null ? null : c.company().id(),
                c.company() == null ? null : c.company().name(),
                form.email == null || form.email.isBlank() ? null : form.email.strip(), held, uriInfo)).build();
    }

    private CrmAnswer.Contact contact(int contactId, String first, String last, Integer companyId, String companyName,
            String email, ContactNumbers.Numbers held, UriInfo uriInfo) {
        String number = held.phone() != null ? held.phone() : held.mobile();
        return new CrmAnswer.Contact(Integer.toString(contactId), "contact", first, last,
                ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim(), companyName,
                companyId == null ? null : companyId.toString(), email, held.phone(), held.mobile(),
                number == null ? null : links.screenpop(uriInfo.getBaseUri(), number));
    }

    /** @return 400 {@link ApiError} naming the field */
    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("Invalid request", e.getMessage(), e.errors(), null)).build();
    }

    /** @return 400 {@link ApiError} naming each field that breaks a constraint */
    @ServerExceptionMapper
    public Response constraintViolated(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String leaf = null;
            for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
                leaf = node.getName();
            }
            errors.putIfAbsent(leaf == null ? "body" : FieldNames.snake(leaf), v.getMessage());
        }
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("Invalid request", "Please correct: " + errors.entrySet().stream()
                        .map(x -> x.getKey() + " " + x.getValue()).collect(java.util.stream.Collectors.joining("; ")),
                        errors, null)).build();
    }

    /** @return 400 naming each invalid field of a call report */
    @ServerExceptionMapper
    public Response invalid(JournalRequest.InvalidReportException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("Invalid call report", e.getMessage(), e.errors(), null)).build();
    }
}
