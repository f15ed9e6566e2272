package io.screenpop.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.support.PackagedService;

/**
 * Two replicas of the packaged PostgreSQL artifact on one real PostgreSQL (issue 15): a write on one is found by a
 * lookup on the other within a second, a ConnectWise callback delivered to one is visible on the other, and killing
 * the sync leader mid-sync makes the other replica run the sync to completion while its index keeps answering, and a
 * rolling restart of both behind a load balancer fails none of a constant rate of lookups (the C load generator).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The spec's propagation bound; the bench measures the real p50/p99. */
    private static final Duration PROPAGATION = Duration.ofMillis(Long.getLong("replicas.propagation-ms", 1000));
    /** The PostgreSQL build's SYNC_LEADER_TIMEOUT (its Quartz check-in interval is fixed at build time). */
    private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(30);
    /** A known caller in the sandbox's fixtures: ACME Corporation's main line. */
    private static final String KNOWN = "+14085551212";

    private static ReplicaCluster cluster;
    private static PackagedService a;
    private static PackagedService b;

    @BeforeAll
    static void start() throws Exception {
        int portB = PackagedService.freePort();
        // every replica shares PUBLIC_BASE_URL, as behind a load balancer; here it is B, so callbacks arrive there
        cluster = ReplicaCluster.start("http://localhost:" + portB,
                Map.of(// the rolling restart sends 200 lookups a second with one key
                        "API_RATE_LIMIT_PER_MINUTE", "100000000"));
        a = cluster.replica("replica-a", PackagedService.freePort());
        a.awaitReady();
        b = cluster.replica("replica-b", portB);
        b.awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        for (PackagedService replica : new PackagedService[] {a, b}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void bothReplicasAnswerFromTheSameIndex() throws Exception {
        assertEquals(200, ReplicaCluster.lookup(a, KNOWN));
        assertEquals(200, ReplicaCluster.lookup(b, KNOWN));
        JsonNode statusA = ReplicaCluster.status(a);
        assertEquals(statusA.at("/index/generation").asLong(), ReplicaCluster.status(b).at("/index/generation").asLong());
        assertEquals(statusA.at("/index/numbers").asInt(), ReplicaCluster.status(b).at("/index/numbers").asInt());
        assertTrue(statusA.at("/index/numbers").asInt() > 1000, "the sandbox's demo data is indexed: " + statusA);
        JsonNode initial = statusA.at("/runs").get(statusA.at("/runs").size() - 1);
        assertEquals("SUCCEEDED", initial.get("status").asText());
        assertTrue(initial.get("replica").asText().startsWith("replica-"), "the leader ran it: " + initial);
    }

    @Test
    @Order(2)
    void aWriteOnAIsFoundOnBWithinASecond() throws Exception {
        String number = "+14065553101";
        assertEquals(404, ReplicaCluster.lookup(b, number));
        HttpResponse<String> write = ReplicaCluster.call(a, "POST", "/api/contacts/6/add-phone",
                "application/x-www-form-urlencoded", "phone=%2B1+406+555+3101&phone_type=Direct");
        assertEquals(200, write.statusCode(), write.body());
        long visibleMs = awaitLookup(b, number, PROPAGATION);
        System.out.printf("replicas: a write on A was found on B after %d ms%n", visibleMs);
    }

    @Test
    @Order(3)
    void aCallbackDeliveredToBIsVisibleOnA() throws Exception {
        // the sync leader registered the shared PUBLIC_BASE_URL at ConnectWise (the stand-in)
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode registrations;
        do {
            registrations = JSON.readTree(cluster.connectWise("GET", "/system/callbacks?pageSize=100", null).body());
            if (registrations.size() >= 2) {
                break;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertEquals(2, registrations.size(), "one registration per type: " + registrations);
        for (JsonNode registration : registrations) {
            assertEquals(b.url() + "/connectwise/callbacks", registration.get("url").asText());
        }
        String number = "+14065553202";
        assertEquals(404, ReplicaCluster.lookup(a, number));
        HttpResponse<String> added = cluster.connectWise("POST", "/company/contacts/7/communications",
                "{\"type\":{\"name\":\"Cell\"},\"value\":\"+1 406-555-3202\",\"communicationType\":\"Phone\"}");
        assertEquals(201, added.statusCode(), added.body());
        long visibleMs = awaitLookup(a, number, Duration.ofSeconds(10));
        System.out.printf("replicas: a ConnectWise change delivered to B as a callback was found on A after %d ms%n",
                visibleMs);
        assertTrue(b.log().contains("callback") || metric(b, "screenpop_callbacks_applied_total") > 0,
                "B received the callback");
    }

    @Test
    @Order(4)
    void aRollingRestartOfBothUnderConstantLoadFailsNoLookup() throws Exception {
        Path loadgen = LoadGenerator.compile();
        Assumptions.assumeTrue(loadgen != null, "no C compiler (cc) on this machine: the load generator cannot be built");
        String earlier = "+14065553303";
        HttpResponse<String> write = ReplicaCluster.call(a, "POST", "/api/contacts/8/add-phone",
                "application/x-www-form-urlencoded", "phone=%2B1+406+555+3303&phone_type=Direct");
        assertEquals(200, write.statusCode(), write.body());
        awaitLookup(b, earlier, Duration.ofSeconds(10));
        int numbersBefore = ReplicaCluster.status(a).at("/index/numbers").asInt();

        try (LoadBalancer balancer = LoadBalancer.start()) {
            balancer.add(a);
            balancer.add(b);
            // loadgen runs for a fixed time: consecutive 10 s runs cover the restarts, however long start-up takes
            AtomicBoolean restarting = new AtomicBoolean(true);
            ExecutorService loader = Executors.newSingleThreadExecutor();
            Future<List<String>> load = loader.submit(() -> {
                List<String> lines = new ArrayList<>();
                do {
                    String line = LoadGenerator.rate(loadgen, balancer.url() + "/api/lookup?phone=%2B14085551212",
                            200, 10, "x-api-key:" + ReplicaCluster.API_KEY);
                    System.out.println("replicas: rolling restart, loadgen " + line);
                    lines.add(line);
                } while (restarting.get());
                return lines;
            });
            loader.shutdown();
            Thread.sleep(2000); // load before the first restart
            a = restart(balancer, a, "replica-a");
            b = restart(balancer, b, "replica-b");
            Thread.sleep(2000); // and after the last
            restarting.set(false);
            List<String> lines = load.get(120, TimeUnit.SECONDS);
            long errors = lines.stream().mapToLong(LoadGenerator::errors).sum();
            long requests = lines.stream().mapToLong(LoadGenerator::requests).sum();
            System.out.printf("replicas: rolling restart of A and B under 200 lookups/s through the balancer: %d"
                    + " requests, %d loadgen errors, answers other than 200: %s%n", requests, errors, balancer.notOk());
            assertEquals(0, errors, "loadgen saw 5xx answers or broken connections: " + lines + "; the balancer's"
                    + " failures: " + balancer.failures());
            assertEquals(Map.of(), balancer.notOk(), "every lookup of the known number answered 200");
            assertTrue(balancer.forwarded() >= requests, "all of loadgen's requests went through the balancer");
            assertTrue(requests >= 200L * 20, "the load ran for the whole restart: " + requests);
        }
        for (PackagedService replica : new PackagedService[] {a, b}) {
            assertEquals(200, ReplicaCluster.lookup(replica, earlier), "a write from before the restart");
            assertEquals(200, ReplicaCluster.lookup(replica, "+14065553101"), "the first test's write");
            assertEquals(200, ReplicaCluster.lookup(replica, KNOWN));
            assertEquals(numbersBefore, ReplicaCluster.status(replica).at("/index/numbers").asInt());
        }
    }

    /**
     * Replaces one replica as a rolling update does: out of rotation, at least a second and until the requests it
     * still serves are answered (a pod's pre-stop wait), graceful stop (SIGTERM), a new process on the same port and
     * database, back in rotation once it is ready.
     */
    private static PackagedService restart(LoadBalancer balancer, PackagedService old, String name) throws Exception {
        balancer.remove(old);
        Thread.sleep(1000);
        assertTrue(balancer.drain(old, Duration.ofSeconds(30)), "requests to " + name + " still unanswered after 30 s");
        old.close();
        long t0 = System.nanoTime();
        PackagedService fresh = cluster.replica(name, old.port()).awaitReady();
        System.out.printf("replicas: %s restarted, ready after %d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
        balancer.add(fresh);
        return fresh;
    }

    @Test
    @Order(5)
    void killingTheLeaderMidSyncHandsTheSyncToTheOtherReplica() throws Exception {
        // a slow ConnectWise: every contacts page takes 700 ms, so the full sync runs for several seconds
        HttpResponse<String> slow = ReplicaCluster.call(cluster.connectWise, "POST", "/sandbox/control/faults",
                "application/json", "{\"status\":0,\"pathContains\":\"/company/contacts\",\"delayMillis\":700}");
        assertTrue(slow.statusCode() < 300, slow.body());
        try {
            HttpResponse<String> started = ReplicaCluster.call(b, "POST", "/sync?kind=full", null, null);
            assertEquals(202, started.statusCode(), started.body());
            long runId = JSON.readTree(started.body()).get("runId").asLong();
            JsonNode running = ReplicaCluster.awaitRunning(a, runId);
            assertNotNull(running.get("replica"));
            String leaderName = running.get("replica").asText();
            PackagedService leader = "replica-a".equals(leaderName) ? a : b;
            PackagedService survivor = leader == a ? b : a;
            long generationBefore = ReplicaCluster.status(survivor).at("/index/generation").asLong();
            Thread.sleep(1500); // let it write part of the new generation

            AtomicInteger lookups = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            AtomicReference<Boolean> sampling = new AtomicReference<>(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    try {
                        lookups.incrementAndGet();
                        if (ReplicaCluster.lookup(survivor, KNOWN) != 200) {
                            failures.incrementAndGet();
                        }
                        Thread.sleep(50);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            sampler.start();
            Instant killed = Instant.now();
            leader.kill();

            JsonNode replacement = awaitSucceededAfter(survivor, runId, Duration.ofSeconds(180));
            sampling.set(false);
            sampler.join();
            Instant takenOver = Instant.parse(replacement.get("startedAt").asText());
            long failoverMs = Duration.between(killed, takenOver).toMillis();
            System.out.printf("replicas: leader %s killed mid-sync; %s started run %d after %d ms; %d lookups on the"
                    + " survivor meanwhile, %d failed%n", leaderName, replacement.get("replica").asText(),
                    replacement.get("id").asLong(), failoverMs, lookups.get(), failures.get());
            assertEquals(survivor == a ? "replica-a" : "replica-b", replacement.get("replica").asText());
            assertEquals(0, failures.get(), "the index kept answering while the leader was replaced");
            assertTrue(lookups.get() > 10);
            // the figure is the bench's to judge (bench/replicas.sh); here: taken over, not minutes later
            assertTrue(failoverMs <= 2 * LEADER_TIMEOUT.toMillis(), "taken over in about SYNC_LEADER_TIMEOUT: "
                    + failoverMs + " ms");
            JsonNode abandoned = run(survivor, runId);
            assertEquals("FAILED", abandoned.get("status").asText());
            assertTrue(abandoned.get("error").asText().contains("stopped before it finished"), abandoned.toString());
            JsonNode after = ReplicaCluster.status(survivor);
            assertTrue(after.at("/index/generation").asLong() > generationBefore, "a new generation went live");
            assertEquals(200, ReplicaCluster.lookup(survivor, KNOWN));
            assertEquals(200, ReplicaCluster.lookup(survivor, "+14065553101"), "earlier writes are still there");
        } finally {
            ReplicaCluster.call(cluster.connectWise, "DELETE", "/sandbox/control/faults", null, null);
        }
    }

    // --- helpers ---

    private static long awaitLookup(PackagedService replica, String e164, Duration within) throws Exception {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        do {
            if (ReplicaCluster.lookup(replica, e164) == 200) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(5);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(e164 + " not found on " + replica.url() + " within " + within.toMillis() + " ms");
    }

    private static JsonNode run(PackagedService replica, long id) throws Exception {
        for (JsonNode run : ReplicaCluster.status(replica).get("runs")) {
            if (run.get("id").asLong() == id) {
                return run;
            }
        }
        throw new AssertionError("run " + id + " not listed");
    }

    private static JsonNode awaitSucceededAfter(PackagedService replica, long runId, Duration within) throws Exception {
        return ReplicaCluster.awaitRun(replica, "a full sync succeeded after run " + runId, within,
                run -> run.get("id").asLong() > runId && "SUCCEEDED".equals(run.get("status").asText())
                        && !"INCREMENTAL".equals(run.get("kind").asText()));
    }

    private static double metric(PackagedService replica, String name) throws Exception {
        String body = PackagedService.get(replica.managementPort(), "/q/metrics").body();
        double total = 0;
        for (String line : body.split("\n")) {
            if (line.startsWith(name)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
