package com.propq.dashboard.history;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the history page shows: any combination of development, unit (by name), actor (a username
 * or {@code system:<job>}), time range (from inclusive, to exclusive), field and kind; null means any.
 */
public record HistoryFilter(
        @Nullable Long developmentId,
        @Nullable Long unitId,
        @Nullable String unitName,
        @Nullable String actor,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String field,
        @Nullable HistoryKind kind,
        @Nullable UUID batchId) {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, null, null, null, null);

    public static HistoryFilter ofUnit(long unitId) {
        return new HistoryFilter(null, unitId, null, null, null, null, null, null, null);
    }

    public static HistoryFilter ofDevelopment(long developmentId) {
        return new HistoryFilter(developmentId, null, null, null, null, null, null, null, null);
    }

    public static HistoryFilter ofBatch(UUID batchId) {
        return new HistoryFilter(null, null, null, null, null, null, null, null, batchId);
    }
}
