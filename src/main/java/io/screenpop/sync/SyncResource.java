package io.screenpop.sync;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.screenpop.index.IndexRepository;
import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneIndex;
import io.screenpop.security.CsrfProtected;
import io.screenpop.signin.AdminOnly;

/** Manual sync and sync status. */
@Path("/sync")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    private final SyncService sync;
    private final SyncLogs logs;
    private final IndexRepository repository;
    private final PhoneIndex index;

    /** CDI constructor. */
    public SyncResource(SyncService sync, SyncLogs logs, IndexRepository repository, PhoneIndex index) {
        this.sync = sync;
        this.logs = logs;
        this.repository = repository;
        this.index = index;
    }

    /**
     * {@code POST /sync} (admins: an API key, or a signed-in admin; a browser session also sends the CSRF token;
     * with sign-in off an API key, as always): starts a sync and answers at once.
     *
     * @param kind {@code full} (default) or {@code incremental}
     * @return 202 {@code {"status":"started","runId":N}}, 409 {@code {"status":"already_running","runId":N}},
     *         400 for an unknown kind, 401 without credentials, 403 for a signed-in user who is not an admin
     */
    @POST
    @AdminOnly(keyWhenSignInOff = true)
    @CsrfProtected
    public Response start(@QueryParam("kind") @DefaultValue("full") String kind) {
        SyncKind syncKind;
        if ("full".equalsIgnoreCase(kind)) {
            syncKind = SyncKind.MANUAL;
        } else if ("incremental".equalsIgnoreCase(kind)) {
            syncKind = SyncKind.INCREMENTAL;
        } else {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new TriggerAnswer("kind must be full or incremental", null, null)).build();
        }
        SyncService.Trigger trigger = sync.start(syncKind);
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
    public Status status() {
        IndexState state = repository.state();
        List<Run> runs = logs.latest(20).stream().map(Run::of).toList();
        Run running = sync.runningId().flatMap(id -> runs.stream().filter(r -> r.id() == id).findFirst()).orElse(null);
        return new Status(running, runs, new IndexInfo(index.view().numbers(), index.view().entries(),
                state.currentGeneration, state.fullSyncedAt, state.incrementalWatermark));
    }

    /** @param status started/already_running @param runId the run @param statusUrl where to follow it */
    public record TriggerAnswer(String status, Long runId, String statusUrl) {
    }

    /** @param running the run in progress or null @param runs latest runs, newest first @param index index size */
    public record Status(Run running, List<Run> runs, IndexInfo index) {
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

    /** One sync run as shown in the status. */
    public record Run(long id, SyncKind kind, SyncStatus status, Instant startedAt, Instant finishedAt,
            int contactsRead, int companiesRead, int numbersIndexed, int numbersSkipped, String error) {
        static Run of(SyncLog l) {
            return new Run(l.id, l.kind, l.status, l.startedAt, l.finishedAt, l.contactsRead, l.companiesRead,
                    l.numbersIndexed, l.numbersSkipped, l.errorText);
        }
    }
}
