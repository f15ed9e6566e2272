package io.screenpop.replicas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C load generator of {@code bench/} ({@code bench/tools/loadgen.c}), compiled with {@code cc} into
 * {@code target/} and run as a process: {@code loadgen rate URL RPS SECONDS HEADER:VALUE} sends a constant arrival
 * rate over 32 keep-alive connections and prints one line, e.g.
 * {@code rate=200/s requests=12000 achieved=200/s errors=0 p50=0.9ms p99=3.1ms p99.9=8.0ms max=12.0ms}.
 */
final class LoadGenerator {

    private static final Path SOURCE = Path.of("bench", "tools", "loadgen.c");
    private static final Path BINARY = Path.of("target", "loadgen");
    private static final Pattern ERRORS = Pattern.compile("errors=(\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("requests=(\\d+)");

    private LoadGenerator() {
    }

    /**
     * Compiles the load generator unless it is newer than its source.
     *
     * @return the executable, or null when this machine has no C compiler ({@code cc})
     * @throws AssertionError when a compiler exists but the source does not compile
     */
    static Path compile() throws IOException, InterruptedException {
        if (Files.exists(BINARY) && Files.getLastModifiedTime(BINARY).compareTo(Files.getLastModifiedTime(SOURCE)) > 0) {
            return BINARY;
        }
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-O2", "-o", BINARY.toString(), SOURCE.toString()).redirectErrorStream(true)
                    .start();
        } catch (IOException noCompiler) {
            return null;
        }
        String output = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (cc.waitFor() != 0) {
            throw new AssertionError("cc could not compile " + SOURCE + ":\n" + output);
        }
        return BINARY;
    }

    /**
     * Runs a constant-rate load and waits for it to end.
     *
     * @param binary  from {@link #compile()}
     * @param url     e.g. {@code http://127.0.0.1:41234/api/lookup?phone=%2B14085551212}
     * @param rps     requests a second
     * @param seconds how long
     * @param header  one {@code Name:value} header line
     * @return loadgen's result line
     * @throws AssertionError when loadgen fails (e.g. it cannot connect) or does not end in time
     */
    static String rate(Path binary, String url, int rps, int seconds, String header)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("loadgen", ".out");
        try {
            Process process = new ProcessBuilder(binary.toAbsolutePath().toString(), "rate", url,
                    Integer.toString(rps), Integer.toString(seconds), header).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(seconds + 60L, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            String line = Files.readString(output).trim();
            if (!ended || process.exitValue() != 0) {
                throw new AssertionError("loadgen " + (ended ? "failed" : "did not finish within " + (seconds + 60)
                        + " s") + ": " + line);
            }
            return line;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** @return the {@code errors=} figure of a result line (5xx answers and broken connections) */
    static long errors(String line) {
        return figure(ERRORS, line);
    }

    /** @return the {@code requests=} figure of a result line */
    static long requests(String line) {
        return figure(REQUESTS, line);
    }

    private static long figure(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            throw new AssertionError("not a loadgen result line: " + line);
        }
        return Long.parseLong(m.group(1));
    }
}
