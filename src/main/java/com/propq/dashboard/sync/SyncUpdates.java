package com.propq.dashboard.sync;

import com.propq.dashboard.infra.ChangeFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The delivery engine's state for the pages that show it (queue, banner, badges) and for the metrics' gauges,
 * read once per {@code app.sync.ui-refresh-interval} for this instance, listeners or not.
 */
@Component
public class SyncUpdates extends ChangeFeed<SyncSnapshot> {

    SyncUpdates(JdbcClient jdbc) {
        super("sync state", SyncSnapshot.EMPTY, new OutboxRepository(jdbc)::snapshot, false);
    }

    @Scheduled(fixedDelayString = "${app.sync.ui-refresh-interval:PT1S}")
    void refresh() {
        poll();
    }
}
