package io.screenpop.replicas;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import io.screenpop.index.IndexRepository;

/** Purges {@code index_change} rows older than {@code INDEX_CHANGE_LOG_RETENTION} (1 h), hourly, on one replica. */
@ApplicationScoped
public class ChangeLogRetention {

    private static final Logger LOG = Logger.getLogger(ChangeLogRetention.class);

    private final IndexRepository repository;
    private final ReplicaConfig config;

    /** CDI constructor. */
    public ChangeLogRetention(IndexRepository repository, ReplicaConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @Scheduled(identity = "index-change-purge", every = "1h", delayed = "5m")
    @Nonconcurrent
    void scheduledPurge() {
        purge();
    }

    /** @return how many rows were purged */
    public int purge() {
        int purged = repository.purgeChanges(Instant.now().minus(config.changeLogRetention()));
        if (purged > 0) {
            LOG.debugf("Purged %d index changes older than %s", purged, config.changeLogRetention());
        }
        return purged;
    }
}
