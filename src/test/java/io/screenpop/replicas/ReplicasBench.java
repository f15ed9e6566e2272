package io.screenpop.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.support.PackagedService;

/**
 * The replica benchmark of issue 15, driven by {@code bench/replicas.sh}; not part of the build (its name matches
 * none of failsafe's or surefire's default includes): run it with {@code -Dit.test=ReplicasBench}. On one embedded
 * PostgreSQL with two replicas of the packaged PostgreSQL artifact and the packaged H2 service as ConnectWise:
 * <ol>
 * <li>change propagation: {@code replicas.bench.writes} agents' writes on A ({@code POST /api/contacts/{id}/add-phone}),
 * each followed by a tight poll of B's lookup; p50/p99 from A's answer (the write committed) to B's first 200, and
 * from the write's send;</li>
 * <li>leader failover: the sync leader killed (SIGKILL) mid-sync, time until the other replica starts the replacement
 * run ({@code sync_log.started_at}), with the default {@code SYNC_LEADER_TIMEOUT} of 30 s,
 * {@code replicas.bench.failovers} times;</li>
 * <li>lookup latency and achieved rate of one PostgreSQL replica against the packaged H2 service, at the rates in
 * {@code replicas.bench.rates}, with the C load generator.</li>
 * </ol>
 * Prints the figures and writes them as Markdown to {@code replicas.bench.out} (default
 * {@code target/replicas-bench.md}).
 */
class ReplicasBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KNOWN = "+14085551212";
    /** The sandbox's fixture contacts at US companies (3 is at Globex UK, 9 has no company, 10 has no valid number). */
    private static final int[] US_CONTACTS = {1, 2, 4, 5, 6, 7, 8};

    private final int writes = Integer.getInteger("replicas.bench.writes", 200);
    private final int failovers = Integer.getInteger("replicas.bench.failovers", 3);
    private final int[] rates = Arrays.stream(System.getProperty("replicas.bench.rates", "1000,2000,4000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private final List<String> parts = List.of(System.getProperty("replicas.bench.parts",
            "propagation,throughput,failover").split(","));
    private final Path out = Path.of(System.getProperty("replicas.bench.out", "target/replicas-bench.md"));
    private final StringBuilder report = new StringBuilder();

    @Test
    void bench() throws Exception {
        Path loadgen = LoadGenerator.compile();
        assertTrue(loadgen != null, "the bench needs a C compiler (cc) for bench/tools/loadgen.c");
        try (ReplicaCluster cluster = ReplicaCluster.start(null, Map.of("API_RATE_LIMIT_PER_MINUTE", "100000000"))) {
            PackagedService a = cluster.replica("replica-a", PackagedService.freePort()).awaitReady();
            PackagedService b = cluster.replica("replica-b", PackagedService.freePort()).awaitReady();
            try {
                awaitNoRun(a, Duration.ofSeconds(120));
                if (parts.contains("propagation")) {
                    propagation(a, b);
                }
                if (parts.contains("throughput")) {
                    throughput(loadgen, a, cluster.connectWise);
                }
                if (parts.contains("failover")) {
                    PackagedService[] replicas = {a, b};
                    try {
                        failover(cluster, replicas);
                    } finally {
                        a = replicas[0];
                        b = replicas[1];
                    }
                }
            } finally {
                a.close();
                b.close();
            }
        } finally {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
        }
    }

    // --- 1. change propagation ---

    private void propagation(PackagedService a, PackagedService b) throws Exception {
        // warm-up: the first writes run cold code on both sides (JIT, Hibernate's first queries)
        int warmup = 20;
        long[] fromAnswer = new long[writes];
        long[] fromSend = new long[writes];
        long[] writeMs = new long[writes];
        for (int i = -warmup; i < writes; i++) {
            int n = 4000 + warmup + i;
            String national = "406555" + String.format("%04d", n);
            String e164 = "+1" + national;
            int contact = US_CONTACTS[Math.floorMod(i, US_CONTACTS.length)];
            if (ReplicaCluster.lookup(b, e164) != 404) {
                throw new AssertionError(e164 + " is already indexed on B");
            }
            long sent = System.nanoTime();
            HttpResponse<String> write = ReplicaCluster.call(a, "POST", "/api/contacts/" + contact + "/add-phone",
                    "application/x-www-form-urlencoded", "phone=%2B" + "1" + national + "&phone_type=Direct");
            long answered = System.nanoTime();
            assertEquals(200, write.statusCode(), write.body());
            long deadline = answered + Duration.ofSeconds(15).toNanos();
            while (ReplicaCluster.lookup(b, e164) != 200) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(e164 + " (contact " + contact + ") not on B 15 s after the write; on A: "
                            + ReplicaCluster.lookup(a, e164));
                }
                Thread.onSpinWait();
            }
            long found = System.nanoTime();
            if (i >= 0) {
                fromAnswer[i] = found - answered;
                fromSend[i] = found - sent;
                writeMs[i] = answered - sent;
            }
        }
        section("1. Change propagation between replicas (" + writes + " writes, after " + warmup + " warm-up writes)",
                "An agent's write on A (`POST /api/contacts/{id}/add-phone`, which writes to ConnectWise first, then"
                        + " to the index), then B's `/api/lookup` polled in a tight loop over keep-alive HTTP until it"
                        + " answers 200. \"After A's answer\": from A's response (the change has committed on A) to B's"
                        + " first 200, the NOTIFY, B's catch-up and one poll. \"After the write was sent\" adds the"
                        + " write itself. Target: p99 under 1 s.",
                "| measured | p50 ms | p90 ms | p99 ms | max ms |", "|---|---|---|---|---|",
                row("B finds it, after A's answer", fromAnswer), row("B finds it, after the write was sent", fromSend),
                row("the write on A (for comparison)", writeMs));
    }

    private static String row(String name, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |", name, pct(s, 0.5), pct(s, 0.9),
                pct(s, 0.99), s[s.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    // --- 2. leader failover ---

    private void failover(ReplicaCluster cluster, PackagedService[] replicas) throws Exception {
        List<String> rows = new ArrayList<>();
        long[] takeovers = new long[failovers];
        for (int rep = 0; rep < failovers; rep++) {
            PackagedService a = replicas[0];
            awaitNoRun(a, Duration.ofSeconds(300));
            HttpResponse<String> slow = ReplicaCluster.call(cluster.connectWise, "POST", "/sandbox/control/faults",
                    "application/json", "{\"status\":0,\"pathContains\":\"/company/contacts\",\"delayMillis\":700}");
            assertTrue(slow.statusCode() < 300, slow.body());
            long runId;
            JsonNode replacement;
            String leaderName;
            long failoverMs;
            PackagedService survivor;
            int leaderIndex;
            try {
                HttpResponse<String> started = ReplicaCluster.call(a, "POST", "/sync?kind=full", null, null);
                assertEquals(202, started.statusCode(), started.body());
                runId = JSON.readTree(started.body()).get("runId").asLong();
                JsonNode running = ReplicaCluster.awaitRunning(a, runId);
                leaderName = running.get("replica").asText();
                leaderIndex = "replica-a".equals(leaderName) ? 0 : 1;
                survivor = replicas[1 - leaderIndex];
                Thread.sleep(1500); // part of the new generation written
                Instant killed = Instant.now();
                replicas[leaderIndex].kill();
                replacement = awaitStartedAfter(survivor, runId, Duration.ofSeconds(120));
                failoverMs = Duration.between(killed, Instant.parse(replacement.get("startedAt").asText())).toMillis();
            } finally {
                ReplicaCluster.call(cluster.connectWise, "DELETE", "/sandbox/control/faults", null, null);
            }
            takeovers[rep] = failoverMs;
            JsonNode done = awaitFinished(survivor, replacement.get("id").asLong(), Duration.ofSeconds(300));
            String line = String.format(Locale.ROOT, "| %d | %s | %s (run %d) | %.1f | %s |", rep + 1, leaderName,
                    replacement.get("replica").asText(), replacement.get("id").asLong(), failoverMs / 1000.0,
                    done.get("status").asText());
            System.out.println("replicas bench: failover " + line);
            rows.add(line);
            // the killed replica comes back for the next repetition
            replicas[leaderIndex] = cluster.replica(leaderName, PackagedService.freePort()).awaitReady();
        }
        long[] sorted = takeovers.clone();
        Arrays.sort(sorted);
        rows.add(String.format(Locale.ROOT, "| median | | | %.1f | |", sorted[sorted.length / 2] / 1000.0));
        List<String> lines = new ArrayList<>(List.of("| # | leader killed | took over | seconds after the kill |"
                + " replacement run |", "|---|---|---|---|---|"));
        lines.addAll(rows);
        section("2. Leader failover (SIGKILL mid-sync, default SYNC_LEADER_TIMEOUT 30 s)",
                "A full sync against a slow ConnectWise (700 ms a contacts page) is started; 1.5 s into it the"
                        + " leader is killed with SIGKILL; the figure runs from the kill to the `startedAt` of the"
                        + " replacement run on the other replica (both clocks are this machine's). The stand-in is"
                        + " made fast again once the replacement started.",
                lines.toArray(String[]::new));
    }

    // --- 3. lookup throughput ---

    private void throughput(Path loadgen, PackagedService postgres, PackagedService h2) throws Exception {
        String header = "x-api-key:" + ReplicaCluster.API_KEY;
        List<String> lines = new ArrayList<>(List.of("| service | offered req/s | achieved req/s | p50 ms | p99 ms |"
                + " p99.9 ms | max ms | errors |", "|---|---|---|---|---|---|---|---|"));
        for (int rate : rates) {
            for (PackagedService service : new PackagedService[] {postgres, h2}) {
                String name = service == postgres ? "replica on PostgreSQL" : "packaged H2 service";
                String url = "http://127.0.0.1:" + service.port() + "/api/lookup?phone=%2B14085551212";
                assertEquals(200, ReplicaCluster.lookup(service, KNOWN), name);
                String result;
                try {
                    LoadGenerator.rate(loadgen, url, rate, 5, header); // warm-up
                    result = LoadGenerator.rate(loadgen, url, rate, 15, header);
                } catch (AssertionError stalled) {
                    result = "not finished: " + stalled.getMessage().replace('\n', ' ');
                }
                System.out.println("replicas bench: lookups, " + name + ": " + result);
                lines.add(result.startsWith("not finished") ? "| " + name + " | " + rate + " | " + result
                        + " | | | | | |" : String.format("| %s | %d | %s | %s | %s | %s | %s | %s |", name, rate,
                        field(result, "achieved=", "/s"), field(result, "p50=", "ms"), field(result, " p99=", "ms"),
                        field(result, "p99.9=", "ms"), field(result, "max=", "ms"), field(result, "errors=", " ")));
            }
        }
        section("3. Lookup latency and rate: one replica on PostgreSQL against the packaged H2 service",
                "`GET /api/lookup?phone=%2B14085551212` with the API key, bench/tools/loadgen.c at a constant"
                        + " arrival rate over 32 keep-alive connections, 15 s after 5 s of warm-up at the same rate,"
                        + " one service at a time (the other processes idle: the second replica, and the H2 service"
                        + " doubling as the ConnectWise stand-in). Both JVMs: `-Xmx256m`, the test JVM's JDK.",
                lines.toArray(String[]::new));
    }

    private static String field(String line, String name, String end) {
        int from = line.indexOf(name);
        if (from < 0) {
            return "?";
        }
        from += name.length();
        int to = line.indexOf(end, from);
        return to < 0 ? line.substring(from) : line.substring(from, to);
    }

    // --- helpers ---

    private void section(String title, String text, String... table) throws IOException {
        StringBuilder s = new StringBuilder("\n## ").append(title).append("\n\n").append(text).append("\n\n");
        for (String line : table) {
            s.append(line).append('\n');
        }
        System.out.print(s);
        report.append(s);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report); // each part as soon as it is measured
    }

    private static void awaitNoRun(PackagedService replica, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode running = ReplicaCluster.status(replica).get("running");
            if (running == null || running.isNull()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("a sync still runs: " + ReplicaCluster.status(replica));
    }

    private static JsonNode awaitStartedAfter(PackagedService replica, long runId, Duration within) throws Exception {
        return ReplicaCluster.awaitRun(replica, "a replacement run after " + runId, within,
                run -> run.get("id").asLong() > runId && !"INCREMENTAL".equals(run.get("kind").asText()));
    }

    private static JsonNode awaitFinished(PackagedService replica, long runId, Duration within) throws Exception {
        return ReplicaCluster.awaitRun(replica, "run " + runId + " finished", within,
                run -> run.get("id").asLong() == runId && !"RUNNING".equals(run.get("status").asText()));
    }
}
