package io.screenpop.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneIndex;
import io.screenpop.security.CsrfProtected;
import io.screenpop.signin.AdminOnly;

/** Manual sync and sync status. */
@Path("/sync")
@Tag(name = "Sync", description = "The phone index's sync from ConnectWise")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    private final SyncService sync;
    private final SyncLogs logs;
    private final IndexRepository repository;
    private final PhoneIndex index;
    private final Instance<ChangeFeed> changeFeed;

    /** CDI constructor. */
    public SyncResource(SyncService sync, SyncLogs logs, IndexRepository repository, PhoneIndex index,
            Instance<ChangeFeed> changeFeed) {
        this.changeFeed = changeFeed;
        this.sync = sync;
        this.logs = logs;
        this.repository = repository;
        this.index = index;
    }

    /**
     * {@code POST /sync} (admins: an API key, or a signed-in admin; a browser session also sends the CSRF token;
     * with sign-in off an API key, as always): starts a sync and answers at once.
     *
     * @param kind  {@code full} (default) or {@code incremental}
     * @param force {@code true}: make a full sync live even when it holds fewer than {@code SYNC_MIN_RATIO}
     *              of the live index's numbers (after a refused run; an admin's decision)
     * @return 202 {@code {"status":"started","runId":N}}, 409 {@code {"status":"already_running","runId":N}},
     *         400 for an unknown kind or {@code force} with an incremental sync, 401 without credentials, 403 for a
     *         signed-in user who is not an admin
     */
    @POST
    @AdminOnly(keyWhenSignInOff = true)
    @CsrfProtected
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @Operation(summary = "Start a sync", description = "full (default) or incremental; answers at once, follow it at /sync/status. force=true (full only) makes the run live even below SYNC_MIN_RATIO.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "started", value = "{\"status\":\"started\",\"runId\":12,\"statusUrl\":\"/sync/status\"}")))
    @APIResponse(responseCode = "409", description = "A sync is already running",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "alreadyRunning", value = "{\"status\":\"already_running\",\"runId\":11,\"statusUrl\":\"/sync/status\"}")))
    @APIResponse(responseCode = "400", description = "Unknown kind",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "unknownKind", value = "{\"status\":\"kind must be full or incremental\"}")))
    public Response start(@QueryParam("kind") @DefaultValue("full") String kind,
            @QueryParam("force") @DefaultValue("false") boolean force) {
        SyncKind syncKind;
        if ("full".equalsIgnoreCase(kind)) {
            syncKind = SyncKind.MANUAL;
        } else if ("incremental".equalsIgnoreCase(kind)) {
            syncKind = SyncKind.INCREMENTAL;
        } else {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new TriggerAnswer("kind must be full or incremental", null, null)).build();
        }
        if (force && !syncKind.isFull()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new TriggerAnswer("force applies to kind=full only", null, null)).build();
        }
        SyncService.Trigger trigger = sync.start(syncKind, force);
        if (trigger instanceof SyncService.Trigger.Started s) {
            return Response.accepted(new TriggerAnswer("started", s.runId(), "/sync/status")).build();
        }
        SyncService.Trigger.AlreadyRunning r = (SyncService.Trigger.AlreadyRunning) trigger;
        return Response.status(Response.Status.CONFLICT)
                .entity(new TriggerAnswer("already_running", r.runId(), "/sync/status")).build();
    }

    /**
     * {@code GET /sync/status}: the running run (or {@code null}), the last 20 runs with their counts, and the index size.
     *
     * @return the status document
     */
    @GET
    @Path("/status")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @SecurityRequirement(name = ApiSecurity.SESSION)
    @Operation(summary = "Sync status", description = "The run in progress, the last 20 runs with their counts, and the index size.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "status", value = "{\"running\":null,\"runs\":[{\"id\":12,\"kind\":\"MANUAL\",\"status\":\"SUCCESS\",\"startedAt\":\"2026-11-21T09:00:00Z\",\"finishedAt\":\"2026-11-21T09:00:23Z\",\"contactsRead\":100000,\"companiesRead\":10000,\"numbersIndexed\":177964,\"numbersSkipped\":812,\"error\":null}],\"index\":{\"numbers\":170000,\"entries\":177964,\"generation\":7,\"fullSyncedAt\":\"2026-11-21T09:00:23Z\",\"watermark\":\"2026-11-21T09:00:00Z\"}}")))
    public Status status() {
        IndexState state = repository.state();
        List<Run> runs = logs.latest(20).stream().map(Run::of).toList();
        // queued or running on any replica
        Run running = logs.active().map(Run::of).orElse(null);
        Run lastFull = logs.latestFull().map(Run::of).orElse(null);
        boolean refused = lastFull != null && lastFull.status() == SyncStatus.REFUSED;
        return new Status(running, refused, refused ? lastFull : null, runs, new IndexInfo(index.view().numbers(),
                index.view().entries(), state.currentGeneration, state.fullSyncedAt, state.incrementalWatermark),
                changeFeed.isResolvable() ? changeFeed.get().status() : null);
    }

    /** @param status started/already_running @param runId the run @param statusUrl where to follow it */
    public record TriggerAnswer(String status, Long runId, String statusUrl) {
    }

    /**
     * @param running   the run in progress or null
     * @param refused   true when the latest full sync was refused (the index is older than it should be)
     * @param refusal   that refused run, with its counts, or null
     * @param runs      latest runs, newest first
     * @param index     index size
     * @param callbacks the ConnectWise callbacks' state ({@code enabled}, {@code offReason}, {@code url},
     *                  {@code healthy}, {@code lastReceivedAt}, {@code registrationConfirmedAt},
     *                  {@code registrationError}, and the counts since start {@code received}, {@code applied},
     *                  {@code rejected}, {@code stale}), or null without them
     */
    public record Status(Run running, boolean refused, Run refusal, List<Run> runs, IndexInfo index,
            Map<String, Object> callbacks) {
    }

    /**
     * @param numbers      distinct numbers
     * @param entries      number/company/contact entries
     * @param generation   live generation
     * @param fullSyncedAt when the live generation was synced
     * @param watermark    incremental syncs read changes after this
     */
    public record IndexInfo(int numbers, int entries, long generation, Instant fullSyncedAt, Instant watermark) {
    }

    /** One sync run as shown in the status; {@code replica} names the replica that ran it (null while queued). */
    public record Run(long id, SyncKind kind, SyncStatus status, Instant startedAt, Instant finishedAt,
            int contactsRead, int companiesRead, int numbersIndexed, int numbersSkipped, String error,
            Integer liveNumbers, Integer newNumbers, boolean forced, String replica) {
        static Run of(SyncLog l) {
            return new Run(l.id, l.kind, l.status, l.startedAt, l.finishedAt, l.contactsRead, l.companiesRead,
                    l.numbersIndexed, l.numbersSkipped, l.errorText, l.liveNumbers, l.newNumbers, l.forced, l.replica);
        }
    }
}
