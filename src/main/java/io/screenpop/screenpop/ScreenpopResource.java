package io.screenpop.screenpop;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.smallrye.common.annotation.NonBlocking;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.calls.CallEvent;
import io.screenpop.calls.CallOutcome;
import io.screenpop.calls.CallRecorder;
import io.screenpop.calls.CallSource;

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
import io.screenpop.extensions.ExtensionScreenpop;
import io.screenpop.index.IndexMatch;
import io.screenpop.index.LookupOutcome;
import io.screenpop.index.LookupResult;
import io.screenpop.index.PhoneIndex;
import io.screenpop.index.PhoneLookup;
import io.screenpop.phone.PhoneNumberNormalizer;
import io.screenpop.security.CsrfTokens;
import io.screenpop.signin.CurrentAgent;

/**
 * {@code GET /screenpop?phone=…} (or {@code CallerNumber=…}, as 8x8's {@code %%CallerNumber%%}
 * template sends it): the page a phone system opens when a call rings.
 * <ul>
 * <li>no number → 400 page explaining the URL to configure;</li>
 * <li>an internal extension ({@code INTERNAL_EXTENSION_PATTERN}) → the technician's page, or the
 * assignment page when the extension is not assigned ({@link ExtensionScreenpop}); never a customer lookup;</li>
 * <li>one company, at most one contact → 303 redirect to {@code SCREENPOP_TARGET_URL};</li>
 * <li>a contact without a company (a walk-in) → 303 to its contact page, {@code /contacts/{id}};</li>
 * <li>several contacts at one company → choose the contact; several companies → choose the company;</li>
 * <li>no match, or not a phone number → a page showing the number as dialled and normalised.</li>
 * </ul>
 * Every answer is recorded as a call ({@link CallRecorder}, asynchronous) for {@code /calls}.
 * Answers come from the in-memory index only, so the method runs on the event loop ({@code @NonBlocking}).
 * Every value is HTML-escaped by Qute.
 */
@Path("/screenpop")
@Tag(name = "Screenpop", description = "The URL a phone system opens when a call rings (8x8 Work, 3CX, any softphone)")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class ScreenpopResource {

    private static final Logger LOG = Logger.getLogger(ScreenpopResource.class);

    private final PhoneLookup lookup;
    private final ScreenpopTarget target;
    private final PhoneNumberNormalizer normalizer;
    private final CsrfTokens csrf;
    private final ExtensionScreenpop extensions;
    private final ScreenpopLinks links;
    private final CallRecorder calls;
    private final CurrentAgent agent;
    private final PhoneIndex index;

    /** CDI constructor. */
    public ScreenpopResource(PhoneLookup lookup, ScreenpopTarget target, PhoneNumberNormalizer normalizer,
            CsrfTokens csrf, ExtensionScreenpop extensions, ScreenpopLinks links, CallRecorder calls,
            CurrentAgent agent, PhoneIndex index) {
        this.lookup = lookup;
        this.target = target;
        this.normalizer = normalizer;
        this.csrf = csrf;
        this.extensions = extensions;
        this.links = links;
        this.calls = calls;
        this.agent = agent;
        this.index = index;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance missingNumber(String exampleUrl);

        static native TemplateInstance noMatch(String dialled, String e164, String display, String csrfToken,
                boolean attach, Integer walkInId, String firstName, String lastName);

        static native TemplateInstance notANumber(String dialled);

        static native TemplateInstance chooseContact(String display, String companyName, List<CompanyChoice> choices);

        static native TemplateInstance chooseCompany(String display, List<CompanyChoice> choices);

    }

    /**
     * @param phone        the caller's number
     * @param callerNumber the same, under 8x8's parameter name
     * @param uriInfo      request URI, for the example URL on the 400 page when {@code PUBLIC_BASE_URL} is unset
     * @return a redirect or an HTML page
     */
    @GET
    @Operation(summary = "Pop the caller's record", description = "One match: 303 to SCREENPOP_TARGET_URL. Several: a page to choose the contact or company. None: the pick-or-create page. No number: 400 page explaining the URL.")
    @APIResponse(responseCode = "303", description = "One match: to the caller's company page (SCREENPOP_TARGET_URL)",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Location", description = "e.g. /companies/1?phone=%2B14085551213&contactId=1"),
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "found", value = "")))
    @APIResponse(responseCode = "200", description = "Several matches (choose), or nobody (pick or create)",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>New caller: (202) 555-0199</h1>…</html>")))
    @APIResponse(responseCode = "400", description = "No number in the URL",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…Add the caller's number: /screenpop?phone=…</html>")))
    @NonBlocking
    @Produces(MediaType.TEXT_HTML)
    public Response screenpop(@QueryParam("phone") String phone, @QueryParam("CallerNumber") String callerNumber,
            @CookieParam(CsrfTokens.COOKIE) String csrfCookie, @Context UriInfo uriInfo) {
        String dialled = phone != null && !phone.isBlank() ? phone : callerNumber;
        if (dialled == null || dialled.isBlank()) {
            LOG.info("Screenpop outcome=missing-number");
            String example = links.base(uriInfo.getBaseUri()) + "/screenpop?phone=%%CallerNumber%%";
            return page(Response.Status.BAD_REQUEST, Templates.missingNumber(example));
        }
        Optional<String> internal = extensions.target(dialled);
        if (internal.isPresent()) {
            calls.record(new CallEvent(null, java.time.Instant.now(), dialled.strip(), null,
                    CallOutcome.INTERNAL_EXTENSION, null, null, null, null, CallSource.SCREENPOP, null, agent.who().orElse(null)));
            LOG.infof("Screenpop outcome=internal-extension extension=%s", dialled.strip());
            return Response.seeOther(URI.create(internal.get())).header("Cache-Control", "no-store").build();
        }
        LookupResult result = lookup.lookup(dialled);
        calls.record(result, CallSource.SCREENPOP, null, agent.who().orElse(null));
        LOG.infof("Screenpop outcome=%s phone=%s matches=%d", result.outcome(), result.e164(), result.matches().size());
        if (result.outcome() == LookupOutcome.INVALID) {
            return page(Response.Status.OK, Templates.notANumber(dialled));
        }
        String display = normalizer.display(result.e164());
        if (result.outcome() == LookupOutcome.MISS) {
            return pickOrCreate(dialled, result.e164(), display, false, null, csrfCookie, uriInfo);
        }
        if (result.outcome() == LookupOutcome.HIT) {
            IndexMatch best = result.first();
            if (best.companyId() == null) {
                return Response.seeOther(URI.create("/contacts/" + best.contactId() + "?phone="
                        + java.net.URLEncoder.encode(result.e164(), java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Cache-Control", "no-store").build();
            }
            return Response.seeOther(URI.create(target.resolve(best, result.e164())))
                    .header("Cache-Control", "no-store").build();
        }
        Map<Integer, List<IndexMatch>> byCompany = new LinkedHashMap<>();
        result.matches().forEach(m -> byCompany.computeIfAbsent(m.companyId(), k -> new ArrayList<>()).add(m));
        if (byCompany.size() == 1) {
            IndexMatch any = result.first();
            List<CompanyChoice> contacts = result.matches().stream().filter(IndexMatch::isContact)
                    .map(m -> new CompanyChoice(m.contactName(), m.phoneType(), target.resolve(m, result.e164()), List.of(m)))
                    .toList();
            return page(Response.Status.OK, Templates.chooseContact(display, any.companyName(), contacts));
        }
        List<CompanyChoice> companies = byCompany.values().stream().map(matches -> {
            IndexMatch first = matches.get(0);
            String title = first.companyId() == null ? first.contactName() + " (no company)" : first.companyName();
            IndexMatch targetMatch = matches.stream().filter(IndexMatch::isContact).count() == 1
                    ? matches.stream().filter(IndexMatch::isContact).findFirst().orElseThrow()
                    : withoutContact(first);
            String url = first.companyId() == null
                    ? "/contacts/" + first.contactId() + "?phone=" + java.net.URLEncoder.encode(result.e164(),
                            java.nio.charset.StandardCharsets.UTF_8)
                    : target.resolve(targetMatch, result.e164());
            return new CompanyChoice(title, first.companyIdentifier(), url, matches);
        }).toList();
        return page(Response.Status.OK, Templates.chooseCompany(display, companies));
    }

    /**
     * {@code GET /screenpop/attach?phone=…}: pick-or-create for a number, opened from "Unknown callers
     * today" and from a walk-in contact's "Attach to a company". Not a call, so nothing is recorded.
     *
     * @param phone      the number to attach, any format
     * @param contactId  the walk-in contact (in the index without a company) the page offers to move to the
     *                   chosen company, and whose name seeds the new-contact form; optional
     * @param csrfCookie the browser's CSRF token cookie, reused when well-formed
     * @param uriInfo    request URI, to mark the cookie secure over HTTPS
     * @return the pick-or-create page, or the "not a phone number" page
     */
    @GET
    @Path("/attach")
    @NonBlocking
    @Produces(MediaType.TEXT_HTML)
    public Response attach(@QueryParam("phone") String phone, @QueryParam("contactId") Integer contactId,
            @CookieParam(CsrfTokens.COOKIE) String csrfCookie, @Context UriInfo uriInfo) {
        var normalized = phone == null ? Optional.<io.screenpop.phone.NormalizedPhone>empty() : lookup.normalize(phone);
        if (normalized.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, Templates.notANumber(phone == null ? "" : phone));
        }
        String e164 = normalized.get().e164();
        IndexMatch walkIn = contactId == null ? null : index.lookup(e164).stream()
                .filter(m -> contactId.equals(m.contactId()) && m.companyId() == null).findFirst().orElse(null);
        return pickOrCreate(phone, e164, normalizer.display(e164), true, walkIn, csrfCookie, uriInfo);
    }

    private Response pickOrCreate(String dialled, String e164, String display, boolean attach, IndexMatch walkIn,
            String csrfCookie, UriInfo uriInfo) {
        String token = csrf.tokenFor(csrfCookie);
        return Response.ok(Templates.noMatch(dialled, e164, display, token, attach,
                walkIn == null ? null : walkIn.contactId(),
                walkIn == null ? null : walkIn.contactFirstName(), walkIn == null ? null : walkIn.contactLastName()))
                .type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8").header("Cache-Control", "no-store")
                .cookie(csrf.cookie(token, "https".equals(uriInfo.getBaseUri().getScheme()))).build();
    }

    private static IndexMatch withoutContact(IndexMatch m) {
        return new IndexMatch(m.e164(), m.rawValue(), m.extension(), m.phoneType(), m.source(), m.companyId(),
                m.companyIdentifier(), m.companyName(), null, null, null, null, null, m.recordUpdatedAt());
    }

    private static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8")
                .header("Cache-Control", "no-store").build();
    }
}
