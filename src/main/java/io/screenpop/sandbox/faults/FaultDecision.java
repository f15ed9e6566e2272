package io.screenpop.sandbox.faults;

/**
 * What to do with one request.
 *
 * @param delayMillis wait this long first
 * @param failure the fault to answer with, or null to serve the request normally
 */
public record FaultDecision(long delayMillis, Fault failure) {

    /** Serve normally, no delay. */
    public static final FaultDecision PASS = new FaultDecision(0, null);
}
