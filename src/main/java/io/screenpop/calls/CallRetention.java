package io.screenpop.calls;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes calls older than {@code CALL_RETENTION_DAYS} (default 90), a minute after start-up and hourly after. */
@ApplicationScoped
public class CallRetention {

    private static final Logger LOG = Logger.getLogger(CallRetention.class);

    private final CallHistory history;
    private final CallConfig config;

    /** CDI constructor. */
    public CallRetention(CallHistory history, CallConfig config) {
        this.history = history;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** @return how many calls were deleted */
    public int purge() {
        int deleted = history.purgeBefore(Instant.now().minus(Duration.ofDays(config.retentionDays())));
        if (deleted > 0) {
            LOG.infof("Deleted %d calls older than %d days", deleted, config.retentionDays());
        }
        return deleted;
    }
}
