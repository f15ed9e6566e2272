package io.screenpop.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.screenpop.sync.SyncLogs;
import io.screenpop.sync.SyncStatus;

/**
 * Carries the latest full sync's outcome in the readiness data ({@code "sync"}): when it was refused
 * by {@code SYNC_MIN_RATIO}, {@code refused:true} with the run and its counts. It always reports UP:
 * the old index still serves every lookup, so taking the instance out of rotation would only hurt.
 * The refusal is for people and alerts to see (also {@code screenpop_sync_refused_total}).
 */
@Readiness
@ApplicationScoped
public class SyncRefusalCheck implements HealthCheck {

    private final SyncLogs logs;

    /** CDI constructor. */
    public SyncRefusalCheck(SyncLogs logs) {
        this.logs = logs;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("sync").up();
        logs.latestFull().ifPresentOrElse(run -> {
            boolean refused = run.status == SyncStatus.REFUSED;
            health.withData("refused", refused).withData("lastFullSync", run.status.name())
                    .withData("lastFullSyncRunId", run.id);
            if (refused) {
                health.withData("liveNumbers", run.liveNumbers == null ? 0 : run.liveNumbers)
                        .withData("newNumbers", run.newNumbers == null ? 0 : run.newNumbers)
                        .withData("action", "POST /sync?kind=full&force=true applies it after checking ConnectWise");
            }
        }, () -> health.withData("refused", false));
        return health.build();
    }
}
