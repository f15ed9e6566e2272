package io.screenpop.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit trail settings ({@code AUDIT_*}). */
@ConfigMapping(prefix = "audit")
public interface AuditConfig {

    /** Days audit rows are kept ({@code AUDIT_RETENTION_DAYS}); older rows are purged every hour. */
    @WithDefault("365")
    int retentionDays();

    /**
     * Events waiting to be written ({@code AUDIT_QUEUE_SIZE}). Rows are written by one background
     * thread so a write never waits on the audit; when the queue is full an event is dropped, counted
     * in the {@code screenpop.audit.dropped} metric and logged.
     */
    @WithDefault("10000")
    int queueSize();
}
