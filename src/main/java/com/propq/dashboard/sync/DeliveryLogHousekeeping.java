package com.propq.dashboard.sync;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes delivery log rows older than {@code app.sync.delivery-log-retention}, in batches (each its own short
 * statement), so the log stays bounded without ever locking it as a whole. The outbox needs no housekeeping:
 * a delivered row leaves it at once. Finished delivery batches go with their log. Safe on several instances
 * (deleting twice deletes nothing).
 */
@Component
class DeliveryLogHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLogHousekeeping.class);

    private final OutboxRepository repository;
    private final DeliveryProgressQueries batches;
    private final DeliveryProperties settings;
    private final Clock clock;

    DeliveryLogHousekeeping(
            OutboxRepository repository, DeliveryProgressQueries batches, DeliveryProperties settings, Clock clock) {
        this.repository = repository;
        this.batches = batches;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.sync.housekeeping-interval:PT10M}", initialDelayString = "PT1M")
    void run() {
        var deleted = deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} delivery log row(s) older than {}", deleted, settings.deliveryLogRetention());
        }
    }

    /** Answers how many rows were deleted. */
    int deleteExpired() {
        var cutoff = clock.instant().minus(settings.deliveryLogRetention());
        int total = 0;
        int batch;
        do {
            batch = repository.deleteLogBefore(cutoff, settings.housekeepingBatchSize());
            total += batch;
        } while (batch == settings.housekeepingBatchSize());
        // A finished delivery batch's size is no longer shown; kept as long as its log, then forgotten.
        batches.deleteFinishedBefore(cutoff);
        return total;
    }
}
