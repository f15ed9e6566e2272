package io.screenpop.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;

/**
 * Reads the audit trail for admins, newest first, and purges rows older than
 * {@code AUDIT_RETENTION_DAYS} every hour (and at start-up, through the first run).
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final AuditConfig config;

    /** CDI constructor. */
    public AuditTrail(AuditConfig config) {
        this.config = config;
    }

    /**
     * @param query the filters
     * @return up to {@code query.limit()} matching events, newest first
     */
    @Transactional
    public List<AuditEvent> find(AuditQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.who() != null) {
            where.add("lower(actor) like :who escape '\\'");
            params.put("who", "%" + likeEscape(query.who().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.action() != null) {
            where.add("action = :action");
            params.put("action", query.action());
        }
        if (query.outcome() != null) {
            where.add("outcome = :outcome");
            params.put("outcome", query.outcome());
        }
        if (query.fromInstant() != null) {
            where.add("occurredAt >= :from");
            params.put("from", query.fromInstant());
        }
        if (query.toInstant() != null) {
            where.add("occurredAt < :to");
            params.put("to", query.toInstant());
        }
        if (query.before() != null) {
            where.add("id < :before");
            params.put("before", query.before());
        }
        String hql = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return AuditEvent.<AuditEvent>find(hql, Sort.descending("id"), params).page(0, query.limit()).list();
    }

    /** @return the action names recorded so far, for the page's filter */
    @Transactional
    public List<String> actions() {
        return AuditEvent.getEntityManager()
                .createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    /** Hourly purge of rows older than {@code AUDIT_RETENTION_DAYS}. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge(Instant.now());
    }

    /**
     * Deletes the rows older than the retention period.
     *
     * @param now the current time
     * @return rows deleted
     */
    @Transactional
    public long purge(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(config.retentionDays()));
        long deleted = AuditEvent.delete("occurredAt < ?1", cutoff);
        if (deleted > 0) {
            LOG.infof("Audit trail: %d event(s) older than %d days purged", deleted, config.retentionDays());
        }
        return deleted;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
