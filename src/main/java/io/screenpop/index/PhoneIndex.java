package io.screenpop.index;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The live phone index: an {@link IndexView} held in memory and swapped atomically after each
 * sync or write, so a lookup costs a hash-map read and never waits on the database.
 */
@ApplicationScoped
public class PhoneIndex {

    private final AtomicReference<IndexView> view = new AtomicReference<>(IndexView.empty());
    private volatile boolean loaded;

    /** Registers the index size gauges. */
    public PhoneIndex(MeterRegistry registry) {
        Gauge.builder("screenpop.index.numbers", this, i -> i.view.get().numbers())
                .description("Distinct phone numbers in the index").register(registry);
        Gauge.builder("screenpop.index.entries", this, i -> i.view.get().entries())
                .description("Number/company/contact entries in the index").register(registry);
    }

    /**
     * @param e164 a number in E.164
     * @return its matches, best first; empty when unknown
     */
    public List<IndexMatch> lookup(String e164) {
        return view.get().lookup(e164);
    }

    /** @return the current snapshot */
    public IndexView view() {
        return view.get();
    }

    /**
     * Replaces the whole view (after a full sync, or at start-up from disk).
     *
     * @param next the new snapshot
     */
    public synchronized void replace(IndexView next) {
        view.set(next);
        loaded = true;
    }

    /**
     * Replaces the matches of some numbers (after an incremental sync or an agent's write).
     *
     * @param numbers     E.164 numbers whose matches changed
     * @param replacement their current matches
     */
    public synchronized void patch(Collection<String> numbers, Collection<IndexMatch> replacement) {
        if (numbers.isEmpty() && replacement.isEmpty()) {
            return;
        }
        view.set(view.get().replacing(numbers, replacement));
    }

    /** @return true once a view was loaded from disk or built by a sync (even an empty one) */
    public boolean isLoaded() {
        return loaded;
    }
}
