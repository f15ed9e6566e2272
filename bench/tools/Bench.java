import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark helpers for bench/run.sh, run with the JDK's source launcher ({@code java Bench.java ...}).
 *
 * <pre>
 * java Bench.java rate URL RPS SECONDS [HEADER:VALUE]   constant arrival rate; latency p50/p99/p99.9/max in ms
 *                                                       (32 keep-alive connections, like wrk2's fixed connection pool)
 * java Bench.java startup URL STATUS HEADER|- -- CMD...  ms from process start to the first answer with STATUS
 * </pre>
 *
 * The rate mode sends request i at start + i/RPS whatever happened to earlier requests, and
 * measures each latency from that intended send time, so a stall shows up in the percentiles
 * instead of silently lowering the rate (coordinated omission, as wrk2 corrects it).
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "rate" -> keepAliveRate(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 4 ? args[4] : null);
            case "startup" -> startup(args[1], Integer.parseInt(args[2]), "-".equals(args[3]) ? null : args[3],
                    Arrays.asList(args).subList(5, args.length));
            default -> throw new IllegalArgumentException("rate or startup");
        }
    }

    static void rate(String url, int rps, int seconds, String header) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = request(url, header, Duration.ofSeconds(5));
        int total = rps * seconds;
        long[] latencies = new long[total];
        AtomicLong errors = new AtomicLong();
        List<CompletableFuture<?>> inflight = new ArrayList<>(total);
        long intervalNanos = 1_000_000_000L / rps;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            final int n = i;
            inflight.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                latencies[n] = System.nanoTime() - intended;
                if (e != null || r.statusCode() >= 500) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inflight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        Arrays.sort(latencies);
        System.out.printf("rate=%d/s requests=%d achieved=%.0f/s errors=%d p50=%.3fms p99=%.3fms p99.9=%.3fms max=%.3fms%n",
                rps, total, total / (elapsed / 1e9), errors.get(), ms(latencies, 0.50), ms(latencies, 0.99),
                ms(latencies, 0.999), latencies[total - 1] / 1e6);
        System.exit(0);
    }

    /**
     * Constant arrival rate over a fixed pool of keep-alive HTTP/1.1 connections: request i is due
     * at start + i/RPS and goes to connection i mod 32; latency runs from the due time to the end of
     * the answer, so a connection that falls behind shows its queueing in the percentiles.
     */
    static void keepAliveRate(String url, int rps, int seconds, String header) throws Exception {
        URI uri = URI.create(url);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + (header == null ? "" : header + "\r\n") + "Connection: keep-alive\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int connections = 32;
        int total = rps * seconds;
        long[] latencies = new long[total];
        AtomicLong errors = new AtomicLong();
        List<java.util.concurrent.BlockingQueue<long[]>> queues = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            java.util.concurrent.BlockingQueue<long[]> queue = new java.util.concurrent.LinkedBlockingQueue<>();
            queues.add(queue);
            Thread worker = new Thread(() -> {
                java.net.Socket socket = null;
                try {
                    while (true) {
                        long[] job = queue.take();
                        if (job[0] < 0) {
                            break;
                        }
                        try {
                            if (socket == null) {
                                socket = new java.net.Socket(uri.getHost(), uri.getPort());
                                socket.setTcpNoDelay(true);
                            }
                            socket.getOutputStream().write(request);
                            int status = readResponse(new java.io.DataInputStream(socket.getInputStream()));
                            if (status >= 500) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            socket = null;
                        }
                        latencies[(int) job[0]] = System.nanoTime() - job[1];
                    }
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            workers.add(worker);
        }
        long intervalNanos = 1_000_000_000L / rps;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            queues.get(i % connections).add(new long[] {i, intended});
        }
        for (var queue : queues) {
            queue.add(new long[] {-1, 0});
        }
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        long elapsed = System.nanoTime() - start;
        Arrays.sort(latencies);
        System.out.printf("rate=%d/s requests=%d achieved=%.0f/s errors=%d p50=%.3fms p99=%.3fms p99.9=%.3fms max=%.3fms%n",
                rps, total, total / (elapsed / 1e9), errors.get(), ms(latencies, 0.50), ms(latencies, 0.99),
                ms(latencies, 0.999), latencies[total - 1] / 1e6);
        System.exit(0);
    }

    /** Reads one HTTP/1.1 answer (Content-Length or chunked body) and returns its status. */
    static int readResponse(java.io.DataInputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = 0;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                in.skipNBytes(size);
                line(in);
            }
            line(in);
        } else {
            in.skipNBytes(length);
        }
        return status;
    }

    static String line(java.io.DataInputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static HttpRequest request(String url, String header, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (header != null) {
            int colon = header.indexOf(':');
            builder.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        return builder.build();
    }

    static void startup(String url, int status, String header, List<String> command) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest request = request(url, header, Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                        System.out.printf("startup_ms=%.0f%n", (System.nanoTime() - t0) / 1e6);
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("process exited with " + process.exitValue());
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("no answer within 60 s");
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }
}
