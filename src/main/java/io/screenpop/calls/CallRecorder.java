package io.screenpop.calls;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.screenpop.batch.BatchQueue;
import io.screenpop.index.IndexMatch;
import io.screenpop.index.LookupOutcome;
import io.screenpop.index.LookupResult;

/**
 * Records calls without slowing the lookup that answers them. {@link #record} only offers the call
 * to a bounded in-memory queue ({@code CALL_QUEUE_CAPACITY}, default 10,000) and returns, so it is
 * safe on the event loop; one background thread takes calls off the queue and inserts them in JDBC
 * batches of up to {@value #BATCH} rows. A full queue drops the call and counts it in
 * {@code screenpop_calls_dropped_total}; a failed batch is logged and counted in
 * {@code screenpop_calls_write_failures_total}. On shutdown the queue is written out.
 */
@ApplicationScoped
public class CallRecorder {

    private static final Logger LOG = Logger.getLogger(CallRecorder.class);
    static final int BATCH = 500;
    private static final String INSERT = "insert into call_event (at, number, e164, outcome, company_id, company_name,"
            + " contact_id, contact_name, source, api_key, agent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BatchQueue<CallEvent> queue;
    private final DataSource dataSource;
    private final Counter dropped;
    private final Counter written;
    private final Counter failures;

    /** CDI constructor. */
    public CallRecorder(CallConfig config, DataSource dataSource, MeterRegistry registry) {
        this.queue = new BatchQueue<>("screenpop-call-writer", config.queueCapacity(), BATCH, this::write);
        this.dataSource = dataSource;
        this.dropped = Counter.builder("screenpop.calls.dropped")
                .description("Calls not recorded because the recording queue was full").register(registry);
        this.written = Counter.builder("screenpop.calls.written").description("Calls written to call_event")
                .register(registry);
        this.failures = Counter.builder("screenpop.calls.write.failures")
                .description("Batches of calls that could not be written").register(registry);
        Gauge.builder("screenpop.calls.queued", queue, BatchQueue::size)
                .description("Calls waiting to be written").register(registry);
    }

    void start(@Observes StartupEvent event) {
        queue.start();
    }

    /**
     * Records the call behind a lookup. Never blocks and never throws.
     *
     * @param result the lookup's answer
     * @param source where the lookup came from
     * @param apiKey the asking API key's identity, or {@code null}
     * @param agent  the signed-in agent, or {@code null}
     */
    public void record(LookupResult result, CallSource source, String apiKey, String agent) {
        CallOutcome outcome = CallOutcome.of(result.outcome());
        IndexMatch company = null;
        IndexMatch contact = null;
        if (result.outcome() == LookupOutcome.HIT) {
            company = result.first();
            contact = result.matches().stream().filter(IndexMatch::isContact).findFirst().orElse(null);
        } else if (result.outcome() == LookupOutcome.MULTIPLE
                && result.matches().stream().map(IndexMatch::companyId).distinct().count() == 1) {
            company = result.first(); // several contacts at one company: the company is known
        }
        boolean hasCompany = company != null && company.companyId() != null;
        record(new CallEvent(null, Instant.now(), result.dialled(), result.e164(), outcome,
                hasCompany ? company.companyId() : null, hasCompany ? company.companyName() : null,
                contact == null ? null : contact.contactId(), contact == null ? null : contact.contactName(),
                source, apiKey, agent));
    }

    /**
     * Queues a call for writing. Never blocks and never throws.
     *
     * @param call the call; {@code id} is ignored
     * @return false when the queue was full and the call was dropped (and counted)
     */
    public boolean record(CallEvent call) {
        if (queue.offer(call)) {
            return true;
        }
        dropped.increment();
        return false;
    }

    /** @return calls waiting to be written */
    public int queued() {
        return queue.size();
    }

    /** Inserts one batch in one JDBC batch; failures are logged and counted, never thrown. */
    void write(List<CallEvent> batch) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (CallEvent e : batch) {
                insert.setObject(1, e.at().atOffset(ZoneOffset.UTC));
                insert.setString(2, cut(e.number(), 64));
                insert.setString(3, e.e164());
                insert.setString(4, e.outcome().name());
                setInt(insert, 5, e.companyId());
                insert.setString(6, cut(e.companyName(), 100));
                setInt(insert, 7, e.contactId());
                insert.setString(8, cut(e.contactName(), 100));
                insert.setString(9, e.source().wire());
                insert.setString(10, cut(e.apiKey(), 64));
                insert.setString(11, cut(e.agent(), 200));
                insert.addBatch();
            }
            insert.executeBatch();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            written.increment(batch.size());
        } catch (SQLException | RuntimeException e) {
            failures.increment();
            LOG.warnf("Could not record %d calls: %s", batch.size(), e.getMessage());
        }
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    @PreDestroy
    void stop() {
        queue.stop();
    }
}
