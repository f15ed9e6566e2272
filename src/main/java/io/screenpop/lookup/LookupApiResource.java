package io.screenpop.lookup;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

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
import io.screenpop.api.ApiError;
import io.screenpop.calls.CallRecorder;
import io.screenpop.calls.CallSource;
import io.screenpop.index.LookupOutcome;
import io.screenpop.index.LookupResult;
import io.screenpop.index.PhoneLookup;
import io.smallrye.common.annotation.NonBlocking;
import io.screenpop.screenpop.ScreenpopLinks;
import io.screenpop.security.ApiKeyFilter;
import io.screenpop.security.ApiKeyRequired;

/**
 * {@code GET /api/lookup?phone=…} and {@code POST /api/lookup} {@code {"phone":"…"}}: who is calling,
 * for contact-center platforms (Genesys Cloud, Amazon Connect, Twilio Flex, Five9, any HTTP client).
 * Answers from the in-memory index only, on the event loop ({@code @NonBlocking}).
 * <ul>
 * <li>found → 200 {@link CallerView.Found};</li>
 * <li>nobody holds the number, or the value is not a phone number (withheld caller IDs such as
 * {@code anonymous}, internal extensions) → 404 {@link CallerView.NotFound}: to a platform both mean
 * "new caller";</li>
 * <li>no number → 400 {@link ApiError}.</li>
 * </ul>
 */
@Path("/api/lookup")
@Tag(name = "CCaaS lookup", description = "Who is calling? For Genesys Cloud, Amazon Connect, Twilio Flex, Five9 and any HTTP client")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@ApiKeyRequired
@NonBlocking
public class LookupApiResource {

    private static final Logger LOG = Logger.getLogger(LookupApiResource.class);

    private final PhoneLookup lookup;
    private final ScreenpopLinks links;
    private final CallRecorder calls;

    /** CDI constructor. */
    public LookupApiResource(PhoneLookup lookup, ScreenpopLinks links, CallRecorder calls) {
        this.lookup = lookup;
        this.links = links;
        this.calls = calls;
    }

    /**
     * @param phone   the caller's number in any format
     * @param uriInfo the request, for links when {@code PUBLIC_BASE_URL} is unset
     * @param request the request, for the API key's identity in the call record
     * @return 200, 404 or 400 as described on the class
     */
    @GET
    @Operation(summary = "Look a caller up by number", description = "Answers from the in-memory index in"
            + " milliseconds. Any format works: 4085551213, (408) 555-1213, +1 408 555 1213, 408-555-1213 x204."
            + " Treat 404, a time-out (2 s), 5xx and 429 as \"new caller\".")
    @APIResponse(responseCode = "200", description = "Known caller: the best match and every match, best first",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "found", value = "{\"found\":true,\"phone_searched\":\"+1 408 555 1213\",\"normalized\":\"+14085551213\",\"company\":{\"id\":1,\"name\":\"ACME Corporation\",\"identifier\":\"AcmeCorp\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\",\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"jane.doe@acme.example\",\"phone_type\":\"Direct\"},\"matches\":[{\"company\":{\"id\":1,\"name\":\"ACME Corporation\",\"identifier\":\"AcmeCorp\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\",\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"jane.doe@acme.example\",\"phone_type\":\"Direct\"},\"source\":\"contact\"}],\"screen_pop_url\":\"https://screenpop.example.com/screenpop?phone=%2B14085551213\"}")))
    @APIResponse(responseCode = "404", description = "New caller: nobody holds the number, or it is not a phone number",
            content = @Content(mediaType = "application/json", examples = {
                @ExampleObject(name = "notFound", value = "{\"found\":false,\"message\":\"No match for phone number: 2025550199\",\"phone\":\"2025550199\"}"),
                @ExampleObject(name = "notANumber", value = "{\"found\":false,\"message\":\"Not a phone number: anonymous\",\"phone\":\"anonymous\"}")}))
    @APIResponse(responseCode = "400", description = "No number sent",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "missingNumber", value = "{\"error\":\"Phone number is required\",\"message\":\"Send the caller's number as ?phone=… (GET) or {\\\"phone\\\":\\\"…\\\"} (POST)\"}")))
    public Response get(@Parameter(description = "The caller's number in any format", example = "+1 408 555 1213")
            @QueryParam("phone") String phone, @Context UriInfo uriInfo, @Context ContainerRequestContext request) {
        return answer(phone, uriInfo, request);
    }

    /**
     * @param body    {@code {"phone":"…"}}
     * @param uriInfo the request, for links when {@code PUBLIC_BASE_URL} is unset
     * @param request the request, for the API key's identity in the call record
     * @return 200, 404 or 400 as described on the class
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Look a caller up by number (JSON body)", description = "Same answers as GET /api/lookup.")
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "caller", value = "{\"phone\":\"+1 408 555 1213\"}")))
    @APIResponse(responseCode = "200", description = "Known caller: the best match and every match, best first",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "found", value = "{\"found\":true,\"phone_searched\":\"+1 408 555 1213\",\"normalized\":\"+14085551213\",\"company\":{\"id\":1,\"name\":\"ACME Corporation\",\"identifier\":\"AcmeCorp\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\",\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"jane.doe@acme.example\",\"phone_type\":\"Direct\"},\"matches\":[{\"company\":{\"id\":1,\"name\":\"ACME Corporation\",\"identifier\":\"AcmeCorp\"},\"contact\":{\"id\":1,\"name\":\"Jane Doe\",\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"jane.doe@acme.example\",\"phone_type\":\"Direct\"},\"source\":\"contact\"}],\"screen_pop_url\":\"https://screenpop.example.com/screenpop?phone=%2B14085551213\"}")))
    @APIResponse(responseCode = "404", description = "New caller: nobody holds the number, or it is not a phone number",
            content = @Content(mediaType = "application/json", examples = {
                @ExampleObject(name = "notFound", value = "{\"found\":false,\"message\":\"No match for phone number: 2025550199\",\"phone\":\"2025550199\"}"),
                @ExampleObject(name = "notANumber", value = "{\"found\":false,\"message\":\"Not a phone number: anonymous\",\"phone\":\"anonymous\"}")}))
    @APIResponse(responseCode = "400", description = "No number sent",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "missingNumber", value = "{\"error\":\"Phone number is required\",\"message\":\"Send the caller's number as ?phone=… (GET) or {\\\"phone\\\":\\\"…\\\"} (POST)\"}")))
    public Response post(LookupRequest body, @Context UriInfo uriInfo, @Context ContainerRequestContext request) {
        return answer(body == null ? null : body.phone(), uriInfo, request);
    }

    /** @param phone the caller's number in any format */
    public record LookupRequest(String phone) {
    }

    private Response answer(String phone, UriInfo uriInfo, ContainerRequestContext request) {
        if (phone == null || phone.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(ApiError.of("Phone number is required",
                    "Send the caller's number as ?phone=… (GET) or {\"phone\":\"…\"} (POST)")).build();
        }
        LookupResult result = lookup.lookup(phone);
        calls.record(result, CallSource.LOOKUP, (String) request.getProperty(ApiKeyFilter.IDENTITY), null);
        LOG.infof("API lookup outcome=%s phone=%s matches=%d", result.outcome(), result.e164(), result.matches().size());
        if (result.outcome() == LookupOutcome.INVALID) {
            return notFound("Not a phone number: " + phone, phone);
        }
        if (result.matches().isEmpty()) {
            return notFound("No match for phone number: " + phone, phone);
        }
        return Response.ok(CallerView.Found.of(result, links.screenpop(uriInfo.getBaseUri(), result.e164()))).build();
    }

    private static Response notFound(String message, String phone) {
        return Response.status(Response.Status.NOT_FOUND).entity(new CallerView.NotFound(false, message, phone)).build();
    }
}
