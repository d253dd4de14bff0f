package com.propq.dashboard.sync;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delivery engine's settings ({@code app.sync.*}); every one has a documented default.
 *
 * @param enabled                 whether this instance sends the outbox to PropQ at all
 * @param flushInterval           how often due rows are looked for when nothing nudged the flusher
 * @param batchSize               rows claimed by one claim statement at most
 * @param concurrency             deliveries in flight at once on this instance
 * @param backoffBase             first retry delay; doubles per attempt, with full jitter
 * @param backoffCap              the retry delay never grows beyond this (a Retry-After may ask for longer)
 * @param circuitFailureThreshold consecutive "PropQ is down" failures that open the circuit
 * @param circuitProbeInterval    while open, one probe request per this period (shared by all instances)
 * @param lease                   how long a claimed row is ours; must exceed PropQ's connect + read timeout
 * @param deliveryLogRetention    delivery log rows older than this are deleted
 * @param housekeepingInterval    how often housekeeping runs
 * @param housekeepingBatchSize   rows deleted per housekeeping statement
 * @param outboxLagThreshold      health is DOWN when the oldest undelivered change is older than this
 * @param uiRefreshInterval       how often pages showing sync state look for changes (one query per instance)
 * @param coalesceWindow          a unit sent to PropQ less than this ago waits out the rest of it, so a burst of
 *                                edits becomes one call per window; a unit quiet for longer goes out at once
 * @param claimAhead              rows a claim takes beyond the free slots, kept to start the next calls without a
 *                                claim each (0: none); never interactive work's place, see {@link OutboxFlusher}
 */
@ConfigurationProperties("app.sync")
record DeliveryProperties(
        Boolean enabled,
        Duration flushInterval,
        Integer batchSize,
        Integer concurrency,
        Duration backoffBase,
        Duration backoffCap,
        Integer circuitFailureThreshold,
        Duration circuitProbeInterval,
        Duration lease,
        Duration deliveryLogRetention,
        Duration housekeepingInterval,
        Integer housekeepingBatchSize,
        Duration outboxLagThreshold,
        Duration uiRefreshInterval,
        Duration coalesceWindow,
        Integer claimAhead) {

    /** The binder passes null for a setting that is not set; its default takes the place, so none reads null. */
    DeliveryProperties {
        enabled = enabled == null || enabled;
        flushInterval = or(flushInterval, Duration.ofSeconds(1));
        batchSize = positive(batchSize, 50);
        concurrency = positive(concurrency, 4);
        backoffBase = or(backoffBase, Duration.ofSeconds(1));
        backoffCap = or(backoffCap, Duration.ofMinutes(5));
        circuitFailureThreshold = positive(circuitFailureThreshold, 5);
        circuitProbeInterval = or(circuitProbeInterval, Duration.ofSeconds(30));
        lease = or(lease, Duration.ofMinutes(2));
        deliveryLogRetention = or(deliveryLogRetention, Duration.ofDays(30));
        housekeepingInterval = or(housekeepingInterval, Duration.ofMinutes(10));
        housekeepingBatchSize = positive(housekeepingBatchSize, 5000);
        outboxLagThreshold = or(outboxLagThreshold, Duration.ofMinutes(15));
        uiRefreshInterval = or(uiRefreshInterval, Duration.ofSeconds(1));
        coalesceWindow = or(coalesceWindow, Duration.ofSeconds(1));
        claimAhead = claimAhead == null || claimAhead < 0 ? concurrency : claimAhead;
    }

    /** Defaults throughout. */
    @SuppressWarnings("NullAway") // null is "not set", as from the binder: the constructor puts each default in
    static DeliveryProperties defaults() {
        return new DeliveryProperties(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Duration or(@Nullable Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }

    private static int positive(@Nullable Integer value, int fallback) {
        return value == null || value < 1 ? fallback : value;
    }
}
