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
 * <li>latency: after a 5 s warm-up at the same rate (not measured), {@code rate} callbacks a second for
 * {@code seconds}, paced by one sender. Each callback's Entity carries
 * {@code _info/lastUpdated} = the moment it is sent, so the service's own histogram
 * {@code screenpop_callbacks_lag_seconds} (recorded once the change is in the in-memory view, i.e. lookup-visible)
 * measures receipt to visible; p50/p99 are read from its buckets (before/after difference). One in ten callbacks is
 * also checked from outside by one poller thread (a lookup every 5 ms until found), as a cross-check that costs the
 * 2-core machine little;</li>
 * <li>throughput: {@code burst} callbacks sent by 4 threads as fast as they go; callbacks applied a second, from the
 * first send until {@code screenpop_callbacks_applied_total} has grown by {@code burst}.</li>
 * </ol>
 * Usage: {@code java bench/tools/CallbackBench.java http://127.0.0.1:18300 http://127.0.0.1:19300 api-key 200 10 4000}
 */
public class CallbackBench {

    static HttpClient http = HttpClient.newHttpClient();
    static String base;
    static String management;
    static String apiKey;
    static String signingKey;
    static String keyUrl;

    public static void main(String[] args) throws Exception {
        base = args[0];
        management = args[1];
        apiKey = args[2];
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int burst = Integer.parseInt(args[5]);
        keyUrl = base + "/sandbox/connectwise/callbacks/key";
        String key = http.send(HttpRequest.newBuilder(URI.create(keyUrl)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        signingKey = key.replaceAll(".*\"signing_key\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        latency(rate, 5, 9000, false); // warm-up (JIT), not measured: a running service is past it
        awaitApplied(applied(), 0);
        java.util.TreeMap<Double, Double> before = buckets();
        List<Long> sampled = latency(rate, seconds, 1000, true);
        java.util.TreeMap<Double, Double> after = buckets();
        Collections.sort(sampled);
        System.out.printf("latency rate=%d/s n=%d receipt-to-visible (service histogram) p50=%.1f ms p99=%.1f ms%n",
                rate, rate * seconds, quantile(before, after, 0.50) * 1000, quantile(before, after, 0.99) * 1000);
        System.out.printf("latency cross-check from outside (1 in 10, lookup polled every 5 ms) n=%d p50=%.1f ms"
                + " p99=%.1f ms max=%.1f ms%n", sampled.size(), pct(sampled, 50) / 1000.0, pct(sampled, 99) / 1000.0,
                sampled.get(sampled.size() - 1) / 1000.0);
        System.out.printf("throughput n=%d applied=%.0f callbacks/s%n", burst, throughput(burst, 5000));
    }

    static List<Long> latency(int rate, int seconds, int firstLine, boolean sample) throws Exception {
        int n = rate * seconds;
        ExecutorService poller = Executors.newSingleThreadExecutor();
        List<Future<Long>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String number = number(firstLine + i);
            long sent = System.nanoTime();
            send(payload(2000 + (i % 900), number));
            if (sample && i % 10 == 0) {
                results.add(poller.submit(() -> {
                    awaitVisible(number);
                    return (System.nanoTime() - sent) / 1000;
                }));
            }
        }
        List<Long> micros = new ArrayList<>();
        for (Future<Long> f : results) {
            micros.add(f.get(60, TimeUnit.SECONDS));
        }
        poller.shutdown();
        return micros;
    }

    static double throughput(int n, int firstLine) throws Exception {
        double before = applied();
        ExecutorService senders = Executors.newFixedThreadPool(4);
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
        awaitApplied(before, n);
        return n / ((System.nanoTime() - start) / 1e9);
    }

    static void awaitApplied(double before, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (applied() < before + n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all callbacks applied after 120 s");
            }
            Thread.sleep(20);
        }
        if (n == 0) {
            Thread.sleep(500);
        }
    }

    static String metrics() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(management + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static double applied() throws Exception {
        double total = 0;
        for (String line : metrics().split("\n")) {
            if (line.startsWith("screenpop_callbacks_applied_total")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** @return cumulative bucket counts of the lag histogram by upper bound in seconds */
    static java.util.TreeMap<Double, Double> buckets() throws Exception {
        java.util.TreeMap<Double, Double> out = new java.util.TreeMap<>();
        for (String line : metrics().split("\n")) {
            if (line.startsWith("screenpop_callbacks_lag_seconds_bucket")) {
                String le = line.replaceAll(".*le=\"([^\"]+)\".*", "$1");
                double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                out.put(bound, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return out;
    }

    /** @return the q-quantile in seconds of what was recorded between two bucket readings (linear in a bucket) */
    static double quantile(java.util.TreeMap<Double, Double> before, java.util.TreeMap<Double, Double> after, double q) {
        double total = after.lastEntry().getValue() - before.getOrDefault(after.lastKey(), 0.0);
        double target = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (var e : after.entrySet()) {
            double count = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            if (count >= target) {
                if (e.getKey().isInfinite()) {
                    return lowerBound;
                }
                double share = count == lowerCount ? 1 : (target - lowerCount) / (count - lowerCount);
                return lowerBound + share * (e.getKey() - lowerBound);
            }
            lowerBound = e.getKey();
            lowerCount = count;
        }
        return lowerBound;
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
            Thread.sleep(5);
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
