package io.screenpop.replicas;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.screenpop.index.IndexRepository;
import io.screenpop.sync.SyncService;

/**
 * Keeps this replica's in-memory view in step with the other replicas' changes (issue 15), on PostgreSQL only: a
 * thread of its own holds one connection (outside the pool) that {@code LISTEN}s on {@value IndexRepository#CHANNEL}.
 * Each notification (sent by the index's one entry point when a change commits, on any replica) makes it
 * {@linkplain SyncService#catchUp() catch up} from {@code index_change}; so does every {@code INDEX_REVISION_CHECK}
 * without one, and every reconnect, so a lost notification costs at most one check interval. The connection is
 * reopened after a second when it fails. Lookups never wait for any of this: they read the view in memory.
 * Counted in {@code screenpop_index_catch_up_total{result=patched|reloaded|failed}}.
 */
@ApplicationScoped
public class ReplicaListener {

    private static final Logger LOG = Logger.getLogger(ReplicaListener.class);
    private static final long RECONNECT_MS = 1_000;

    private final SyncService sync;
    private final IndexRepository repository;
    private final ReplicaConfig config;
    private final MeterRegistry registry;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean stopped;
    private volatile Thread thread;

    /** CDI constructor; the credentials are the datasource's ({@code QUARKUS_DATASOURCE_*}). */
    public ReplicaListener(SyncService sync, IndexRepository repository, ReplicaConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") java.util.Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password) {
        this.sync = sync;
        this.repository = repository;
        this.config = config;
        this.registry = registry;
        this.url = url;
        this.username = username.orElse("");
        this.password = password.orElse("");
    }

    /** Starts listening after the view was loaded at start-up ({@code SyncScheduler}'s observer runs first). */
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (!repository.postgresql()) {
            return;
        }
        Thread t = new Thread(this::run, "screenpop-replica-listener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        while (!stopped) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + IndexRepository.CHANNEL);
                }
                LOG.infof("Listening for other replicas' index changes on channel %s", IndexRepository.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                catchUp();
                listen(pg);
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.warnf("The replica listener lost its database connection (%s); reconnecting in a second. Until"
                        + " then this replica's view may lag other replicas' changes", e.getMessage());
                sleep();
            }
        }
    }

    private void listen(PGConnection pg) throws SQLException {
        long checkMs = Math.max(100, config.revisionCheck().toMillis());
        long nextCheck = System.currentTimeMillis() + checkMs;
        while (!stopped) {
            int wait = (int) Math.max(1, nextCheck - System.currentTimeMillis());
            PGNotification[] notifications = pg.getNotifications(wait);
            long now = System.currentTimeMillis();
            if ((notifications != null && notifications.length > 0) || now >= nextCheck) {
                catchUp();
                nextCheck = now + checkMs;
            }
        }
    }

    private void catchUp() {
        String result;
        try {
            result = sync.catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("Could not catch up with the shared index now (%s); trying again at the next change or check",
                    e.getMessage());
            result = "failed";
        }
        if (!"none".equals(result)) {
            registry.counter("screenpop.index.catch.up", "result", result).increment();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!username.isBlank()) {
            properties.setProperty("user", username);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "screenpop replica listener");
        // notice a dead database within seconds rather than hours
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + url.replaceAll("\\?.*", ""));
        }
        return connection;
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
