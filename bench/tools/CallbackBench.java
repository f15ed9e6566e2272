import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Callback benchmark: signed ConnectWise callbacks sent to a running screenpop whose sandbox serves the signing key.
 * <ol>
 * <li>latency: {@code rate} callbacks a second for {@code seconds}; each one's number is then looked up every 2 ms
 * until found; prints p50, p99 and max from sending to lookup-visible;</li>
 * <li>throughput: {@code burst} callbacks sent by 16 threads as fast as they go; prints callbacks applied a second
 * (all numbers visible).</li>
 * </ol>
 * Usage: {@code java bench/tools/CallbackBench.java http://127.0.0.1:18300 api-key 200 10 4000}
 */
public class CallbackBench {

    static HttpClient http = HttpClient.newHttpClient();
    static String base;
    static String apiKey;
    static String signingKey;
    static String keyUrl;

    public static void main(String[] args) throws Exception {
        base = args[0];
        apiKey = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int burst = Integer.parseInt(args[4]);
        keyUrl = base + "/sandbox/connectwise/callbacks/key";
        String key = http.send(HttpRequest.newBuilder(URI.create(keyUrl)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        signingKey = key.replaceAll(".*\"signing_key\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        // warm-up: 200 callbacks, not measured
        latency(100, 2, 9000);
        List<Long> micros = latency(rate, seconds, 1000);
        Collections.sort(micros);
        System.out.printf("latency rate=%d/s n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", rate, micros.size(),
                pct(micros, 50) / 1000.0, pct(micros, 99) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
        System.out.printf("throughput n=%d applied=%.0f callbacks/s%n", burst, throughput(burst, 5000));
    }

    static List<Long> latency(int rate, int seconds, int firstLine) throws Exception {
        int n = rate * seconds;
        ExecutorService pollers = Executors.newFixedThreadPool(16);
        List<Future<Long>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + i * 1_000_000_000L / rate;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            String number = number(firstLine + i);
            long sent = System.nanoTime();
            send(payload(2000 + (i % 900), number));
            results.add(pollers.submit(() -> {
                awaitVisible(number);
                return (System.nanoTime() - sent) / 1000;
            }));
        }
        List<Long> micros = new ArrayList<>();
        for (Future<Long> f : results) {
            micros.add(f.get(60, TimeUnit.SECONDS));
        }
        pollers.shutdown();
        return micros;
    }

    static double throughput(int n, int firstLine) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String number = number(firstLine + i % 4999);
            int contact = 3000 + i;
            sent.add(senders.submit(() -> {
                send(payload(contact, number));
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        senders.shutdown();
        for (int i = Math.max(0, n - 4999); i < n; i++) {
            awaitVisible(number(firstLine + i % 4999));
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    static String number(int line) {
        return String.format("+1406555%04d", line);
    }

    static void awaitVisible(String e164) throws Exception {
        HttpRequest lookup = HttpRequest.newBuilder(URI.create(base + "/api/lookup?phone=" + e164.replace("+", "%2B")))
                .header("x-api-key", apiKey).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (http.send(lookup, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(e164 + " not visible after 60 s");
            }
            Thread.sleep(2);
        }
    }

    static byte[] payload(int contactId, String e164) {
        String entity = "{\"id\":" + contactId + ",\"firstName\":\"Bench\",\"lastName\":\"" + contactId
                + "\",\"company\":{\"id\":1,\"identifier\":\"AcmeCorp\",\"name\":\"ACME Corporation\"},"
                + "\"inactiveFlag\":false,\"communicationItems\":[{\"id\":" + (800000 + contactId)
                + ",\"type\":{\"id\":1,\"name\":\"Direct\"},\"value\":\"" + e164 + "\",\"communicationType\":\"Phone\"}],"
                + "\"_info\":{\"lastUpdated\":\"" + Instant.now() + "\"}}";
        String body = "{\"MessageId\":\"" + UUID.randomUUID() + "\",\"Action\":\"updated\",\"Type\":\"contact\",\"ID\":"
                + contactId + ",\"Entity\":" + quote(entity) + ",\"Metadata\":{\"key_url\":\"" + keyUrl + "\"}}";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    static void send(byte[] body) throws Exception {
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/connectwise/callbacks"))
                .header("Content-Type", "application/json").header("x-content-signature", sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 202) {
            throw new IllegalStateException("callback answered " + status);
        }
    }

    static String sign(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(signingKey.getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
