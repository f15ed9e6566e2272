package io.screenpop.sync;

import java.util.Map;

/**
 * A source of real-time changes beside the sync (ConnectWise callbacks). While it is healthy, scheduled incremental
 * syncs may run less often ({@code SYNC_INCREMENTAL_MINUTES_WITH_CALLBACKS}); its state is part of {@code /sync/status}.
 */
public interface ChangeFeed {

    /** @return true while changes are known to arrive (one received in the last hour, or a registration confirmed) */
    boolean healthy();

    /** @return its state for {@code /sync/status}, as JSON-ready values */
    Map<String, Object> status();
}
