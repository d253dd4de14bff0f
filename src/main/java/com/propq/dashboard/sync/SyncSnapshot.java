package com.propq.dashboard.sync;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The delivery engine at a glance, as the queue page, the outage banner, metrics and health read it.
 *
 * @param oldestPendingSince when the oldest change not yet accepted by PropQ (pending or in flight) was queued
 * @param unreachableSince   set while the circuit is open
 * @param marker             changes whenever anything in the outbox, the log or the circuit changed
 */
public record SyncSnapshot(
        long pending,
        long sending,
        long parked,
        long deliveredLast24h,
        @Nullable Instant oldestPendingSince,
        @Nullable Instant unreachableSince,
        String marker) {

    public static final SyncSnapshot EMPTY = new SyncSnapshot(0, 0, 0, 0, null, null, "");

    public boolean circuitOpen() {
        return unreachableSince != null;
    }

    /** Changes on their way: pending or being sent. */
    public long waiting() {
        return pending + sending;
    }

    public Duration oldestPendingAge(Instant now) {
        if (oldestPendingSince == null || oldestPendingSince.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldestPendingSince, now);
    }
}
