package com.propq.dashboard.publish;

import com.propq.dashboard.base.ChangeFeed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the pages showing publish state that something changed: one cheap query (a fingerprint of the publish
 * requests) per {@code app.publish.ui-refresh-interval} for this instance, and none while no page listens.
 */
@Component
public class PublishUpdates extends ChangeFeed<String> {

    PublishUpdates(PublishRepository repository) {
        super("publish state", "", repository::fingerprint, true);
    }

    @Scheduled(fixedDelayString = "${app.publish.ui-refresh-interval:PT1S}")
    void refresh() {
        poll();
    }
}
