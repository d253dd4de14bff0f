package com.propq.dashboard.sync;

import com.propq.dashboard.base.ChangeFeed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How far the large changes have reached PropQ, for the development page and the sync queue: read once per
 * {@code app.sync.ui-refresh-interval} for this instance however many pages show it, and passed to them while it
 * changes (every read while a batch drains, since the pace moves). With nothing on its way the read finds the batch
 * index empty.
 */
@Component
public class DeliveryProgressUpdates extends ChangeFeed<DeliveryProgressBoard> {

    DeliveryProgressUpdates(DeliveryProgressQueries queries) {
        super("delivery progress", DeliveryProgressBoard.NONE, queries::board, false);
    }

    @Scheduled(fixedDelayString = "${app.sync.ui-refresh-interval:PT1S}")
    void refresh() {
        poll();
    }
}
