package com.propq.dashboard.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one unit stands with PropQ, for judging any of its past changes: the last unit version PropQ
 * accepted (and when), and the queued change if any, with PropQ's answer when it was refused.
 */
public record UnitDelivery(
        long unitId,
        @Nullable Long deliveredVersion,
        @Nullable Instant deliveredAt,
        @Nullable Queued queued,
        @Nullable Long queuedVersion,
        @Nullable Integer lastStatus,
        @Nullable String lastError) {

    /** The unit's change in the outbox: on its way, or parked until someone fixes it. */
    public enum Queued {
        WAITING,
        PARKED
    }
}
