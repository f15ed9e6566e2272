package io.screenpop.replicas;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.screenpop.support.PackagedService;

/**
 * A small HTTP load balancer for the replica tests, as a Kubernetes Service in front of ready pods: GETs arriving on
 * its own free port go round-robin to the replicas currently in rotation. It never retries: a replica that fails a
 * request makes the caller see a 502, as a client behind a real balancer would. Every answer that is not a 200 is
 * counted with its status (a lookup of a known number that answers 404 during a restart is a failure the load
 * generator, which counts only 5xx and broken connections, would not see).
 */
final class LoadBalancer implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "host", "upgrade", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    /** A thread per request in flight (loadgen keeps up to 32): the balancer itself never queues requests. */
    private final ExecutorService workers = Executors.newCachedThreadPool();
    /** One client (connection pool) per replica process, so a restarted replica on the same port gets fresh connections. */
    private final Map<PackagedService, HttpClient> clients = new ConcurrentHashMap<>();
    private final List<PackagedService> rotation = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final Map<Integer, AtomicLong> notOk = new ConcurrentHashMap<>();
    private final Map<PackagedService, AtomicLong> inFlightTo = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private LoadBalancer(HttpServer server) {
        this.server = server;
    }

    /** Starts the balancer on a free loopback port with nobody in rotation. */
    static LoadBalancer start() throws IOException {
        // answers leave in two writes (headers, body): without TCP_NODELAY the second waits for the client's delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        LoadBalancer balancer = new LoadBalancer(server);
        server.createContext("/", balancer::forward);
        server.setExecutor(balancer.workers);
        server.start();
        return balancer;
    }

    /** @return the balancer's base URL, e.g. {@code http://127.0.0.1:41234} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Puts a replica in rotation (it is ready). */
    void add(PackagedService replica) {
        rotation.add(replica);
    }

    /** Takes a replica out of rotation: no new request goes to it; requests already sent to it finish. */
    void remove(PackagedService replica) {
        rotation.remove(replica);
    }

    /** @return the requests forwarded so far */
    long forwarded() {
        return forwarded.get();
    }

    /** @return the requests being forwarded right now */
    long inFlight() {
        return inFlight.get();
    }

    /**
     * Waits until no request forwarded to a replica (taken out of rotation) is still waiting for its answer.
     *
     * @return whether that happened within {@code within}
     */
    boolean drain(PackagedService replica, java.time.Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (inFlightTo.getOrDefault(replica, new AtomicLong()).get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** @return why forwarding failed, for the first failures (at most 10) */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /** @return per status other than 200, how many answers had it ({@code 502}: the replica failed or nobody was in rotation) */
    Map<Integer, Long> notOk() {
        Map<Integer, Long> copy = new java.util.TreeMap<>();
        notOk.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    private void forward(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        int status = 502;
        byte[] body = new byte[0];
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            List<PackagedService> ready = List.copyOf(rotation);
            if (!ready.isEmpty()) {
                PackagedService target = ready.get(Math.floorMod(next.getAndIncrement(), ready.size()));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url()
                        + exchange.getRequestURI())).timeout(Duration.ofSeconds(10));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                AtomicLong toTarget = inFlightTo.computeIfAbsent(target, t -> new AtomicLong());
                toTarget.incrementAndGet();
                try {
                    HttpClient client = clients.computeIfAbsent(target, t -> HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                            .followRedirects(HttpClient.Redirect.NEVER).build());
                    HttpResponse<byte[]> answer = client.send(request.method(exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
                    status = answer.statusCode();
                    body = answer.body();
                    answer.headers().map().forEach((name, values) -> {
                        if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                            exchange.getResponseHeaders().put(name, values);
                        }
                    });
                } catch (IOException e) {
                    status = 502;
                    body = ("replica " + target.url() + " failed: " + e).getBytes();
                    if (failures.size() < 10) {
                        failures.add(java.time.Instant.now() + " " + target.url() + ": " + e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    status = 502;
                } finally {
                    toTarget.decrementAndGet();
                }
            }
            forwarded.incrementAndGet();
            if (status != 200) {
                notOk.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
