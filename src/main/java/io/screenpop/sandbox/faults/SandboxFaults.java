package io.screenpop.sandbox.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fault injection for sandbox API calls, usable from tests ({@code @Inject SandboxFaults}) and through
 * {@code /sandbox/control/faults}. Faults are checked in the order added; a request gets at most one
 * failure, and the delays of all matching faults.
 * <pre>
 * faults.inject(Fault.failing(429).times(2).onPathContaining("/company/contacts"));
 * faults.inject(Fault.failing(500).afterMatches(3).onPathContaining("/company/contacts"));
 * faults.slow(Duration.ofMillis(200));
 * faults.inject(Fault.lostAnswer().onPathContaining("/company/contacts").onMethod("POST"));
 * faults.inject(Fault.emptyList().onPathContaining("/company/contacts").onMethod("GET"));
 * faults.inject(Fault.stripLink().afterMatches(2).onPathContaining("/company/contacts"));
 * </pre>
 */
@ApplicationScoped
public class SandboxFaults {

    /** An injected fault and how often it has matched. */
    public record Status(Fault fault, int passed, int injected) {
    }

    private static final class Active {
        final Fault fault;
        int passed;
        int injected;

        Active(Fault fault) {
            this.fault = fault;
        }

        boolean exhausted() {
            return fault.count() > 0 && injected >= fault.count();
        }
    }

    private final List<Active> faults = new ArrayList<>();

    /** Adds a fault. @throws IllegalArgumentException for an {@code ERROR} whose status is not 400..599 */
    public synchronized void inject(Fault fault) {
        if (fault.kind() == FaultKind.ERROR && (fault.status() < 400 || fault.status() > 599)) {
            throw new IllegalArgumentException("status must be 0 (delay only) or 400..599, not " + fault.status());
        }
        faults.add(new Active(fault));
    }

    /** Delays every API call by {@code delay} until {@link #clear()}. */
    public void slow(Duration delay) {
        inject(Fault.slow(delay));
    }

    /** Removes all faults and delays. */
    public synchronized void clear() {
        faults.clear();
    }

    /** @return the faults still active, with their counters */
    public synchronized List<Status> active() {
        return faults.stream().map(a -> new Status(a.fault, a.passed, a.injected)).toList();
    }

    /**
     * Decides the fate of one API request and updates the counters.
     *
     * @param apiPath path relative to the API base, e.g. {@code /company/contacts}
     */
    public synchronized FaultDecision decide(String method, String apiPath) {
        if (faults.isEmpty()) {
            return FaultDecision.PASS;
        }
        long delay = 0;
        Fault failure = null;
        for (Iterator<Active> it = faults.iterator(); it.hasNext();) {
            Active active = it.next();
            Fault fault = active.fault;
            if (!fault.applies(method, apiPath)) {
                continue;
            }
            if (fault.delayOnly()) {
                delay += fault.delayMillis();
                active.injected++;
            } else if (failure == null) {
                if (active.passed < fault.afterMatches()) {
                    active.passed++;
                    continue;
                }
                failure = fault;
                delay += fault.delayMillis();
                active.injected++;
            }
            if (active.exhausted()) {
                it.remove();
            }
        }
        return new FaultDecision(delay, failure);
    }
}
