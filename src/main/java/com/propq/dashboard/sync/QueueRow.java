package com.propq.dashboard.sync;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One undelivered outbox row as the sync queue page lists it. */
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
        @Nullable Instant updatedAt) {}
