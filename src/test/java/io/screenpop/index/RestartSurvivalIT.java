package io.screenpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.junit.jupiter.api.Test;

/**
 * The index lives in the H2 file under {@code SCREENPOP_DATA_DIR}: the packaged service (prod
 * profile) syncs from the sandbox, stops, and starts again with ConnectWise unreachable; it is
 * ready at once, loads the view from the snapshot it saved at shutdown, and still answers
 * screenpops from disk. A third start with a corrupt snapshot reads the tables instead.
 */
class RestartSurvivalIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void indexSurvivesARestartWithConnectWiseDown() throws Exception {
        Path dataDir = Files.createTempDirectory("screenpop-restart");
        int port = freePort();
        int management = freePort();
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT", Integer.toString(port),
                "SCREENPOP_DATA_DIR", dataDir.toString(),
                "SANDBOX_ENABLED", "true",
                "CW_BASE_URL", "http://localhost:" + port + "/sandbox/connectwise/v4_6_release/apis/3.0",
                "CW_COMPANY_ID", "sandbox", "CW_PUBLIC_API_KEY", "pub", "CW_PRIVATE_API_KEY", "priv",
                "CW_CLIENT_ID", "client", "API_KEY", "restart-key"));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        env.put("SCREENPOP_AUTH", "none");

        Process first = start(env, dataDir.resolve("first.log"));
        try {
            awaitReady(port, management, first, dataDir.resolve("first.log"));
            assertEquals(303, get(port, "/screenpop?phone=4085551212").statusCode());
        } finally {
            stop(first);
        }

        // Second start: no sandbox, ConnectWise unreachable (a port nobody listens on).
        env.put("SANDBOX_ENABLED", "false");
        env.put("CW_BASE_URL", "http://127.0.0.1:" + freePort() + "/v4_6_release/apis/3.0");
        Process second = start(env, dataDir.resolve("second.log"));
        try {
            awaitReady(port, management, second, dataDir.resolve("second.log"));
            HttpResponse<String> pop = get(port, "/screenpop?phone=%2B1%20408%20555%201212");
            assertEquals(303, pop.statusCode(), "the number still pops from the index on disk");
            assertTrue(pop.headers().firstValue("Location").orElse("").contains("/companies/1?"));
            HttpResponse<String> page = get(port, "/companies/1");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("ACME Corporation"), "the company page renders without ConnectWise");
            String log = Files.readString(dataDir.resolve("second.log"));
            assertTrue(log.contains("Index loaded from disk (snapshot)"), "the snapshot written at shutdown is used: " + log);
        } finally {
            stop(second);
        }

        // Third start: the snapshot is corrupt (bytes flipped in the middle, then truncated). It is
        // logged and ignored, and the index is read from the tables: no exception, no OutOfMemoryError.
        Path snapshot = dataDir.resolve(IndexSnapshot.FILE);
        byte[] bytes = Files.readAllBytes(snapshot);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64 && i < bytes.length; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        Process third = start(env, dataDir.resolve("third.log"));
        try {
            awaitReady(port, management, third, dataDir.resolve("third.log"));
            assertEquals(303, get(port, "/screenpop?phone=4085551212").statusCode(), "pops from the tables");
            String log = Files.readString(dataDir.resolve("third.log"));
            assertTrue(log.contains("Index snapshot") && log.contains("ignored"), "the damage is logged: " + log);
            assertTrue(log.contains("Index loaded from disk (tables)"), log);
        } finally {
            stop(third);
        }
        try (var files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no .tmp left behind");
        }
    }

    private static Process start(Map<String, String> env, Path log) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the application first (mvn verify)");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static void awaitReady(int port, int management, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service stopped:\n" + Files.readString(log));
            }
            try {
                if (get(management, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 120 s:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
