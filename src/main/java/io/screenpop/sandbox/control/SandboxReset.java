package io.screenpop.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.screenpop.sandbox.faults.SandboxFaults;
import io.screenpop.sandbox.log.SandboxRequestLog;
import io.screenpop.sandbox.store.SandboxStore;

/** Puts the sandbox back to its initial state: data reseeded, faults cleared, request log emptied. */
@ApplicationScoped
public class SandboxReset {

    private final SandboxStore store;
    private final SandboxFaults faults;
    private final SandboxRequestLog log;

    /**
     * @param store data
     * @param faults injected faults
     * @param log recorded requests
     */
    @Inject
    public SandboxReset(SandboxStore store, SandboxFaults faults, SandboxRequestLog log) {
        this.store = store;
        this.faults = faults;
        this.log = log;
    }

    /** Reseeds the data and clears faults and the request log. */
    public void resetAll() {
        faults.clear();
        store.reset();
        log.clear();
    }
}
