package io.screenpop.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.screenpop.index.PhoneIndex;
import io.screenpop.sync.SyncLogs;

/**
 * Ready once the index holds numbers or a full sync has finished (an empty ConnectWise is a valid
 * answer). A ConnectWise outage does not make a warm instance unready: lookups still work from the
 * index it holds.
 */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

    private final PhoneIndex index;
    private final SyncLogs logs;
    private volatile boolean synced;

    /** CDI constructor. */
    public IndexReadinessCheck(PhoneIndex index, SyncLogs logs) {
        this.index = index;
        this.logs = logs;
    }

    @Override
    public HealthCheckResponse call() {
        int numbers = index.view().numbers();
        if (!synced && numbers == 0) {
            synced = logs.anyFullSucceeded();
        }
        boolean ready = numbers > 0 || synced;
        return HealthCheckResponse.named("phone-index").status(ready)
                .withData("numbers", numbers).withData("entries", index.view().entries()).build();
    }
}
