package io.screenpop.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;

/** ns per normalisation over a mix of the formats ConnectWise holds and phone systems send. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PhoneNormalizationBenchmark {

    private static final String[] MIX = {"(408) 555-1212", "408.555.1212", "+1 408 555 1212", "1-408-555-1212",
            "408-555-1212 x204", "4085551212", "+14085551212", "020 7946 0958", "+44 20 7946 0958",
            "512.555.0188 ext. 12", "jane@example.com", "204"};

    private final PhoneNumberNormalizer normalizer = new PhoneNumberNormalizer("US");
    private int next;

    /** @return the normalised value of the next format in the mix (null when not a number) */
    @Benchmark
    public NormalizedPhone normalizeMix() {
        String raw = MIX[next++ % MIX.length];
        return normalizer.normalize(raw).orElse(null);
    }

    /** @return the normalised value of an E.164 caller number, the common case of a lookup */
    @Benchmark
    public NormalizedPhone normalizeE164Caller() {
        return normalizer.normalize("+14085551212").orElse(null);
    }
}
