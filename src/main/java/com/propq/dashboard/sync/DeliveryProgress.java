package com.propq.dashboard.sync;

import java.time.Duration;
import java.util.Optional;

/**
 * How far the large changes still on their way (bulk changes, imports, undos: delivery batches) have reached PropQ,
 * for one development or for all, with PropQ's recent pace to estimate the rest by.
 *
 * @param total             units the unfinished batches queued
 * @param waiting           of those, still queued and not refused (a parked row waits for a person, not for PropQ)
 * @param deliveredRecently changes PropQ accepted within {@code measuredOver}
 * @param measuredOver      the recent window the pace is measured over: the last half minute, or since the oldest
 *                          unfinished batch was queued if that is shorter
 */
public record DeliveryProgress(long total, long waiting, long deliveredRecently, Duration measuredOver) {

    public static final DeliveryProgress NONE = new DeliveryProgress(0, 0, 0, Duration.ZERO);

    /** Below this the pace is mostly noise (the first claim, one slow answer): no estimate yet. */
    static final Duration SHORTEST_MEASURE = Duration.ofSeconds(2);

    public long sent() {
        return Math.max(0, total - waiting);
    }

    /** Whether anything is still on its way; the progress line shows only then. */
    public boolean underway() {
        return waiting > 0;
    }

    /** Changes per second PropQ accepted lately. */
    public double perSecond() {
        return measuredOver.isZero() ? 0 : deliveredRecently / (measuredOver.toMillis() / 1000.0);
    }

    /**
     * The rest at the recent pace; empty while there is no pace to go by (just started, or PropQ accepting nothing,
     * as in an outage).
     */
    public Optional<Duration> timeLeft() {
        if (!underway() || measuredOver.compareTo(SHORTEST_MEASURE) < 0 || deliveredRecently == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(waiting * 1000 / perSecond())));
    }
}
