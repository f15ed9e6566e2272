package io.screenpop.replicas;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.screenpop.support.PackagedService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Several replicas on one real PostgreSQL, for the {@code *IT} tests and the bench: an embedded PostgreSQL server
 * (zonky's binaries from Maven Central), one packaged H2 service whose built-in sandbox plays ConnectWise for all
 * of them, and replicas of the PostgreSQL artifact ({@code target/postgresql/quarkus-run.jar}) on free ports.
 */
final class ReplicaCluster implements AutoCloseable {

    static final String API_KEY = "replica-key";
    static final String SANDBOX_API = "/sandbox/connectwise/v4_6_release/apis/3.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final EmbeddedPostgres postgres;
    final PackagedService connectWise;
    private final Path work;
    private final Map<String, String> replicaEnv;

    private ReplicaCluster(EmbeddedPostgres postgres, PackagedService connectWise, Path work,
            Map<String, String> replicaEnv) {
        this.postgres = postgres;
        this.connectWise = connectWise;
        this.work = work;
        this.replicaEnv = replicaEnv;
    }

    /**
     * Starts PostgreSQL and the ConnectWise stand-in.
     *
     * @param publicBaseUrl the replicas' {@code PUBLIC_BASE_URL} (where ConnectWise callbacks go), or null
     * @param extra         more environment for every replica
     */
    static ReplicaCluster start(String publicBaseUrl, Map<String, String> extra) throws Exception {
        Path work = Files.createTempDirectory("screenpop-replicas");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
        PackagedService cw = PackagedService.start(Files.createDirectories(work.resolve("connectwise")),
                Map.of("API_KEY", API_KEY, "SCREENPOP_AUTH", "none", "API_RATE_LIMIT_PER_MINUTE", "100000000"))
                .awaitReady();
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "SANDBOX_ENABLED", "false",
                "CW_BASE_URL", cw.url() + SANDBOX_API,
                "CW_COMPANY_ID", "sandbox", "CW_PUBLIC_API_KEY", "pub", "CW_PRIVATE_API_KEY", "priv",
                "CW_CLIENT_ID", "client",
                "API_KEY", API_KEY));
        env.put("SCREENPOP_AUTH", "none");
        env.put("CSRF_KEY", "replicas-share-this-csrf-key-0123456789");
        if (publicBaseUrl != null) {
            env.put("PUBLIC_BASE_URL", publicBaseUrl);
        }
        env.putAll(extra);
        return new ReplicaCluster(postgres, cw, work, env);
    }

    /**
     * Starts one replica of the PostgreSQL artifact.
     *
     * @param name its {@code HOSTNAME} (what {@code sync_log.replica} shows)
     * @param port its public port
     */
    PackagedService replica(String name, int port) throws IOException {
        Map<String, String> env = new HashMap<>(replicaEnv);
        env.put("HOSTNAME", name);
        env.put("PORT", Integer.toString(port));
        Path dir = Files.createDirectories(work.resolve(name + "-" + System.nanoTime()));
        return PackagedService.start(Path.of("target", "postgresql", "quarkus-run.jar"), dir, env);
    }

    /** @return the lookup's status for a number on a replica */
    static int lookup(PackagedService replica, String e164) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(replica.url() + "/api/lookup?phone="
                + java.net.URLEncoder.encode(e164, StandardCharsets.UTF_8))).header("x-api-key", API_KEY)).statusCode();
    }

    /** @return a replica's {@code /sync/status}, which must answer 200 */
    static JsonNode status(PackagedService replica) throws Exception {
        HttpResponse<String> status = call(replica, "GET", "/sync/status", null, null);
        if (status.statusCode() != 200) {
            throw new AssertionError("/sync/status answered " + status.statusCode() + ": " + status.body());
        }
        return JSON.readTree(status.body());
    }

    /**
     * Waits until a replica reports this run as its running one.
     *
     * @return the running run as {@code /sync/status} shows it
     */
    static JsonNode awaitRunning(PackagedService replica, long runId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode running = status(replica).get("running");
            if (running != null && !running.isNull() && running.get("id").asLong() == runId
                    && "RUNNING".equals(running.get("status").asText())) {
                return running;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run " + runId + " never started: " + status(replica));
    }

    /**
     * Waits until a replica's recent runs ({@code /sync/status} {@code runs}) hold one that is wanted.
     *
     * @param what   what is awaited, for the failure message
     * @param wanted the test on one run
     * @return the first run wanted
     */
    static JsonNode awaitRun(PackagedService replica, String what, Duration within, Predicate<JsonNode> wanted)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode run : status(replica).get("runs")) {
                if (wanted.test(run)) {
                    return run;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + " within " + within.toSeconds() + " s: " + status(replica) + "\n"
                + replica.log());
    }

    /** A request to a replica or the stand-in with the API key. */
    static HttpResponse<String> call(PackagedService service, String method, String path, String contentType,
            String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + path)).header("x-api-key", API_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A request to the stand-in's ConnectWise API, authenticated as the replicas are. */
    HttpResponse<String> connectWise(String method, String path, String json) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("sandbox+pub:priv"
                .getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(connectWise.url() + SANDBOX_API + path))
                .header("Authorization", "Basic " + basic).header("clientId", "client")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        try {
            connectWise.close();
        } finally {
            postgres.close();
        }
    }
}
