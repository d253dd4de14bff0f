package com.propq.dashboard.catalog;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A past batch of a development, as the batches list shows it; one that created units cannot be undone (PropQ has
 * no way to delete a unit).
 */
public record BatchSummary(
        UUID id,
        String kind,
        String actor,
        String description,
        @Nullable String reason,
        int unitCount,
        int createdUnits,
        Instant createdAt,
        @Nullable UUID undoes,
        @Nullable UUID undoneBy) {

    /** What the batch did to each unit, when it was a bulk change. */
    public Optional<BulkAction> action() {
        return BulkAction.described(description);
    }
}
