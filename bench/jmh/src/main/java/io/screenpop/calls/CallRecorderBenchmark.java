package io.screenpop.calls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.screenpop.index.IndexMatch;
import io.screenpop.index.LookupOutcome;
import io.screenpop.index.LookupResult;
import io.screenpop.index.PhoneSource;

/**
 * What recording a call costs. {@code recordLookup}: ns the lookup path pays per call (building the
 * call from the lookup result and offering it to the bounded queue), the same whether the queue has
 * room or is full. {@code writeBatchPerCall}: ns per call of the background writer inserting batches
 * of 500 into H2 (in memory, the V40 table), i.e. how many calls a second it keeps up with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallRecorderBenchmark {

    private CallRecorder recorder;
    private LookupResult hit;
    private List<CallEvent> batch;
    private SimpleMeterRegistry registry;

    @Setup(Level.Trial)
    public void setUp() throws SQLException, IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:calls;DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
                InputStream sql = CallRecorder.class.getResourceAsStream("/db/migration/V40__call_event.sql")) {
            String script = new String(sql.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        registry = new SimpleMeterRegistry();
        recorder = new CallRecorder(new CallConfig() {
            @Override
            public int retentionDays() {
                return 90;
            }

            @Override
            public int queueCapacity() {
                return 10_000;
            }
        }, h2, registry);
        IndexMatch jane = new IndexMatch("+14085557001", "408.555.7001", null, "Cell", PhoneSource.CONTACT, 1,
                "AcmeCorp", "ACME Corporation", 1, "Jane Doe", "Jane", "Doe", "jane@acme.example", Instant.now());
        hit = new LookupResult("408.555.7001", "+14085557001", null, List.of(jane), LookupOutcome.HIT);
        batch = new ArrayList<>();
        for (int i = 0; i < CallRecorder.BATCH; i++) {
            batch.add(new CallEvent(null, Instant.now(), "408.555.7001", "+14085557001", CallOutcome.SINGLE_MATCH, 1,
                    "ACME Corporation", 1, "Jane Doe", CallSource.SCREENPOP, null, null));
        }
    }

    /** The lookup path's cost: the queue is never drained here, so after 10,000 calls every offer is a counted drop. */
    @Benchmark
    public void recordLookup() {
        recorder.record(hit, CallSource.SCREENPOP, null, null);
    }

    /** @return ns per call written, for one batch of 500 (divide the score by 500) */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(CallRecorder.BATCH)
    public int writeBatchPerCall() {
        recorder.write(batch);
        return batch.size();
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%ncalls written: %.0f, dropped (queue full, counted): %.0f, write failures: %.0f%n",
                registry.counter("screenpop.calls.written").count(), registry.counter("screenpop.calls.dropped").count(),
                registry.counter("screenpop.calls.write.failures").count());
    }
}
