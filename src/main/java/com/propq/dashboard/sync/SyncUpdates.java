package com.propq.dashboard.sync;

import com.propq.dashboard.base.ChangeFeed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The delivery engine's state for the pages that show it (queue, banner, badges) and for the metrics' gauges,
 * read once per {@code app.sync.ui-refresh-interval} for this instance, listeners or not.
 */
@Component
public class SyncUpdates extends ChangeFeed<SyncSnapshot> {

    SyncUpdates(OutboxRepository repository) {
        super("sync state", SyncSnapshot.EMPTY, repository::snapshot, false);
    }

    @Scheduled(fixedDelayString = "${app.sync.ui-refresh-interval:PT1S}")
    void refresh() {
        poll();
    }
}
