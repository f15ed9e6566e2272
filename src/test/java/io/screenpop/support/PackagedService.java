package io.screenpop.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started in its own JVM in the prod profile,
 * on free ports, with the built-in sandbox as its ConnectWise, for the {@code *IT} tests. The log goes to a file
 * so a failure can show it.
 */
public final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;

    private PackagedService(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * Starts the service on free ports with the sandbox on and an API key; {@code extra} adds or overrides
     * environment variables (a {@code null} value removes one).
     *
     * @param dataDir where the H2 file and the log go
     * @param extra   more environment
     * @return the running service (not yet ready: see {@link #awaitReady})
     */
    public static PackagedService start(Path dataDir, Map<String, String> extra) throws IOException {
        return start(Path.of("target", "quarkus-app", "quarkus-run.jar"), dataDir, extra);
    }

    /**
     * Like {@link #start(Path, Map)}, for another packaged artifact.
     *
     * @param jar     the artifact, e.g. {@code target/postgresql/quarkus-run.jar} (the PostgreSQL build)
     * @param dataDir where the H2 file (if any), the snapshot and the log go
     * @param extra   more environment
     * @return the running service (not yet ready: see {@link #awaitReady})
     */
    public static PackagedService start(Path jar, Path dataDir, Map<String, String> extra) throws IOException {
        int port = extra.get("PORT") != null ? Integer.parseInt(extra.get("PORT")) : freePort();
        int management = freePort();
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT", Integer.toString(port),
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(management),
                "SCREENPOP_DATA_DIR", dataDir.toString(),
                "SANDBOX_ENABLED", "true",
                "CW_BASE_URL", "http://localhost:" + port + "/sandbox/connectwise/v4_6_release/apis/3.0",
                "CW_COMPANY_ID", "sandbox", "CW_PUBLIC_API_KEY", "pub", "CW_PRIVATE_API_KEY", "priv",
                "CW_CLIENT_ID", "client", "API_KEY", "packaged-key"));
        if (!Files.exists(jar)) {
            throw new AssertionError("package the application first (mvn verify)");
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString());
        pb.environment().remove("SCREENPOP_AUTH");
        pb.environment().putAll(env);
        extra.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path log = dataDir.resolve("service.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return new PackagedService(pb.start(), log, port, management);
    }

    /** Waits up to 120 s until {@code /q/health/ready} on the management port answers 200. */
    public PackagedService awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service stopped:\n" + log());
            }
            try {
                if (get(managementPort, "/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 120 s:\n" + log());
    }

    /** @return the exit code once the process ended by itself within {@code seconds}, else an AssertionError */
    public int awaitExit(int seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + seconds + " s:\n" + log());
        }
        return process.exitValue();
    }

    /** @return the public base URL, e.g. {@code http://localhost:41234} */
    public String url() {
        return "http://localhost:" + port;
    }

    /** @return the public port */
    public int port() {
        return port;
    }

    /** @return the management port (health, metrics) */
    public int managementPort() {
        return managementPort;
    }

    /** @return what the service logged so far */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** GET without following redirects. */
    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Kills the process at once (SIGKILL), as a node loss would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** @return whether the process still runs */
    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** @return a port nobody listens on right now */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
