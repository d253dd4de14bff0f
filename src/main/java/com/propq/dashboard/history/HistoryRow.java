package com.propq.dashboard.history;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One change as the history page shows it, with its delivery outcome. */
public record HistoryRow(
        long id,
        Instant occurredAt,
        String actor,
        HistoryKind kind,
        HistoryEntityType entityType,
        @Nullable Long entityId,
        @Nullable String entityLabel,
        @Nullable Long developmentId,
        @Nullable Long unitId,
        @Nullable Long unitVersion,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String reason,
        @Nullable UUID batchId,
        DeliveryOutcome delivery) {

    HistoryRow withDelivery(DeliveryOutcome outcome) {
        return new HistoryRow(
                id,
                occurredAt,
                actor,
                kind,
                entityType,
                entityId,
                entityLabel,
                developmentId,
                unitId,
                unitVersion,
                field,
                oldValue,
                newValue,
                reason,
                batchId,
                outcome);
    }
}
