package io.screenpop.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Turns {@code SYNC_LEADER_TIMEOUT} into the clustered Quartz job store's check-in interval, at run time, on
 * PostgreSQL only (the only database the PostgreSQL build's clustered store runs on; the H2 build's in-memory store
 * has no such setting). Quartz declares a replica failed when it has not checked in for its interval plus 7.5 s, and
 * a surviving replica notices at its own next check-in; the leader's two-second tick then runs on the survivor
 * (Quartz {@code JobStoreSupport.clusterCheckIn}). Hence interval = (timeout − 7.5 s − 2 s − 2 s margin) / 2, at least
 * 1 s: with the default 30 s, about 9 s.
 */
public class SyncLeaderConfigSource implements ConfigSourceFactory {

    /** The Quartz property, passed through quarkus-quartz's run-time {@code unsupported-properties}. */
    static final String CHECKIN = "quarkus.quartz.unsupported-properties.\"org.quartz.jobStore.clusterCheckinInterval\"";
    private static final long QUARTZ_GRACE_MS = 7_500;
    private static final long TICK_MS = 2_000;
    /** Room for the survivor's own database round trips and a busy machine. */
    private static final long MARGIN_MS = 2_000;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String url = value(context, "quarkus.datasource.jdbc.url").orElse("");
        if (!url.startsWith("jdbc:postgresql:")) {
            return List.of();
        }
        Duration timeout = value(context, "sync.leader-timeout").map(DurationConverter::parseDuration)
                .orElse(Duration.ofSeconds(30));
        long interval = Math.max(1_000, (timeout.toMillis() - QUARTZ_GRACE_MS - TICK_MS - MARGIN_MS) / 2);
        return List.of(new PropertiesConfigSource(Map.of(CHECKIN, Long.toString(interval)), "SyncLeaderConfigSource", 50));
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        return Optional.ofNullable(context.getValue(name)).map(ConfigValue::getValue).filter(v -> !v.isBlank());
    }
}
