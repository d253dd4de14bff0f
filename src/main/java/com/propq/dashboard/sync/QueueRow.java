package com.propq.dashboard.sync;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One undelivered outbox row as the sync queue page lists it. {@code leaseOver}: a SENDING row whose instance's
 * claim ran out (it died or hangs mid-call) and that nobody has claimed again yet.
 */
public record QueueRow(
        long id,
        String kind,
        OutboxState state,
        long developmentId,
        String propqDevelopmentId,
        String developmentName,
        @Nullable Long unitId,
        @Nullable String unitName,
        long version,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        boolean leaseOver) {

    /**
     * Whether the row waits on something an admin can help with: PropQ refused it (parked), its claim ran out, or it
     * failed before and waits for its next attempt.
     */
    public boolean stuck() {
        return switch (state) {
            case PARKED -> true;
            case SENDING -> leaseOver;
            case PENDING -> attempts > 0;
        };
    }
}
