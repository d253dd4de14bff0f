package com.propq.dashboard.catalog;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A past batch of a development, as the batches list shows it. */
public record BatchSummary(UUID id, String kind, String actor, String description, @Nullable String reason,
                           int unitCount, Instant createdAt, @Nullable UUID undoes, @Nullable UUID undoneBy) {
}
