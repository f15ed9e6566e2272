package io.screenpop.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.screenpop.sandbox.SandboxConfig;
import io.screenpop.sandbox.store.SandboxStore;

/**
 * When the sandbox is enabled: seeds its data at startup and, in dev mode, logs demo numbers to try; a
 * production run with {@code SANDBOX_ENABLED=true} (a demo) says so with a WARN.
 */
@ApplicationScoped
public class SandboxStartup {

    private static final Logger LOG = Logger.getLogger(SandboxStartup.class);

    private final SandboxConfig config;
    private final SandboxStore store;
    private final int port;

    /** @param port the HTTP port, for the demo URLs */
    @Inject
    public SandboxStartup(SandboxConfig config, SandboxStore store, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.config = config;
        this.store = store;
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        store.ensureSeeded();
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LOG.info(DemoNumbersBanner.text(port));
        } else if (LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("The built-in ConnectWise sandbox is on (SANDBOX_ENABLED=true): demo data for a demo, never for"
                    + " real use; its /sandbox/control endpoints need an API_KEY key");
        }
    }
}
