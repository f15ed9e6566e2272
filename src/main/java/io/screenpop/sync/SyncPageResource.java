package io.screenpop.sync;

import io.screenpop.openapi.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.screenpop.api.WriteAnswer;
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneIndex;
import io.screenpop.security.CsrfProtected;
import io.screenpop.security.CsrfTokens;
import io.screenpop.signin.CurrentAgent;

/**
 * {@code GET /sync} (linked as "Sync" in the header, for admins): the sync for people — the index
 * size and freshness, the ConnectWise callbacks' state ({@link CallbacksView}), the last 20 runs with their
 * counts and durations, and why a run did not succeed. Admins get "Sync now" (full and incremental), sent by the page's script as
 * {@code POST /sync/run?kind=full|incremental} with the page's CSRF token. The JSON status stays at
 * {@code GET /sync/status}; machines start syncs with {@code POST /sync} and an API key.
 */
@Tag(name = "Pages")
@Path("/sync")
public class SyncPageResource {

    private final SyncService sync;
    private final SyncLogs logs;
    private final IndexRepository repository;
    private final PhoneIndex index;
    private final CsrfTokens csrf;
    private final CurrentAgent agent;
    private final Instance<ChangeFeed> changeFeed;

    /** CDI constructor. */
    public SyncPageResource(SyncService sync, SyncLogs logs, IndexRepository repository, PhoneIndex index,
            CsrfTokens csrf, CurrentAgent agent, Instance<ChangeFeed> changeFeed) {
        this.changeFeed = changeFeed;
        this.sync = sync;
        this.logs = logs;
        this.repository = repository;
        this.index = index;
        this.csrf = csrf;
        this.agent = agent;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance syncPage(List<SyncRunView> runs, boolean running, int numbers, int entries,
                IndexState state, String fullSyncedAt, String watermark, CallbacksView callbacks, boolean admin,
                String csrfToken);
    }

    /**
     * @param csrfCookie the browser's CSRF token cookie, reused when well-formed
     * @param uriInfo    request URI, to mark the cookie secure over HTTPS
     * @return the page
     */
    @Operation(summary = "The Sync page: the last runs with their counts, and Sync now for admins")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"en\">…<h1>Sync</h1>…</html>")))
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@CookieParam(CsrfTokens.COOKIE) String csrfCookie, @Context UriInfo uriInfo) {
        List<SyncRunView> runs = logs.latest(20).stream().map(SyncRunView::of).toList();
        boolean running = logs.active().isPresent();
        String token = csrf.tokenFor(csrfCookie);
        IndexState state = repository.state();
        return Response.ok(Templates.syncPage(runs, running, index.view().numbers(), index.view().entries(), state,
                SyncRunView.local(state.fullSyncedAt), SyncRunView.local(state.incrementalWatermark),
                changeFeed.isResolvable() ? CallbacksView.of(changeFeed.get().status()) : null, agent.admin(), token))
                .type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8").header("Cache-Control", "no-store")
                .cookie(csrf.cookie(token, "https".equals(uriInfo.getBaseUri().getScheme()))).build();
    }

    /**
     * "Sync now" from the page (admins only).
     *
     * @param kind {@code full} (default) or {@code incremental}
     * @return 202 {@code {"success":true,"message":"Full sync started."}}, 409 when a sync already runs,
     *         400 for an unknown kind, 403 for a non-admin
     */
    @Operation(summary = "Sync now, from the Sync page (admin)")
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @APIResponse(responseCode = "303", description = "Back to the Sync page",
            content = @Content(mediaType = "text/html", examples = @ExampleObject(name = "redirect", value = "")))
    @APIResponse(responseCode = "400", description = "Unknown kind",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "unknownKind", value = "{\"status\":\"kind must be full or incremental\"}")))
    @POST
    @Path("/run")
    @CsrfProtected
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(@QueryParam("kind") String kind) {
        if (!agent.admin()) {
            return Response.status(403).entity(WriteAnswer.failure("Only admins can start a sync.")).build();
        }
        SyncKind syncKind;
        if (kind == null || kind.isBlank() || "full".equalsIgnoreCase(kind)) {
            syncKind = SyncKind.MANUAL;
        } else if ("incremental".equalsIgnoreCase(kind)) {
            syncKind = SyncKind.INCREMENTAL;
        } else {
            return Response.status(400).entity(WriteAnswer.invalid("Choose a full or an incremental sync.",
                    java.util.Map.of("kind", "Kind must be full or incremental"))).build();
        }
        String what = syncKind == SyncKind.MANUAL ? "Full sync" : "Incremental sync";
        SyncService.Trigger trigger = sync.start(syncKind);
        if (trigger instanceof SyncService.Trigger.Started) {
            return Response.accepted(new WriteAnswer(true, what + " started. This page shows its progress.", null,
                    null, null, null, null, null)).build();
        }
        return Response.status(409).entity(WriteAnswer.failure("A sync is already running. Wait for it to finish, "
                + "then start another if you still need one.")).build();
    }
}
