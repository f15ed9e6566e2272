package io.screenpop.calls;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Recent calls ({@code CALL_*} environment variables). */
@ConfigMapping(prefix = "call")
public interface CallConfig {

    /** {@code CALL_RETENTION_DAYS}: calls older than this many days are deleted (hourly). */
    @WithDefault("90")
    int retentionDays();

    /**
     * {@code CALL_QUEUE_CAPACITY}: calls waiting to be written. Lookups hand their call to this queue
     * and return; a background writer stores them in batches. Only a full queue drops a call
     * (counted in {@code screenpop_calls_dropped_total}).
     */
    @WithDefault("10000")
    int queueCapacity();
}
