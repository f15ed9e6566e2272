package io.screenpop.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.screenpop.index.IndexMatch;
import io.screenpop.index.IndexView;
import io.screenpop.index.PhoneSource;

/** ns per lookup in the in-memory index view at 250,000 entries (hits and misses). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IndexLookupBenchmark {

    @Param("250000")
    int entries;

    private IndexView view;
    private String[] hits;
    private String[] misses;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(42);
        List<IndexMatch> matches = new ArrayList<>(entries);
        hits = new String[4096];
        misses = new String[4096];
        Instant now = Instant.now();
        for (int i = 0; i < entries; i++) {
            String e164 = "+1" + (2000000000L + random.nextLong(7999999999L));
            int company = random.nextInt(10_000);
            matches.add(new IndexMatch(e164, e164, null, "Direct", PhoneSource.CONTACT, company, "C" + company,
                    "Company " + company, i, "Contact " + i, "Contact", "" + i, "c" + i + "@example.com", now));
            if (i < hits.length) {
                hits[i] = e164;
            }
        }
        view = IndexView.of(matches);
        for (int i = 0; i < misses.length; i++) {
            misses[i] = "+44" + (1000000000L + random.nextLong(899999999L));
        }
    }

    /** @return the matches of a number the index holds */
    @Benchmark
    public List<IndexMatch> lookupHit() {
        return view.lookup(hits[next++ & 4095]);
    }

    /** @return the (empty) matches of an unknown number */
    @Benchmark
    public List<IndexMatch> lookupMiss() {
        return view.lookup(misses[next++ & 4095]);
    }
}
