package com.propq.dashboard.history;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a batch changed, read back from the history for undoing it (the catalog restores the units, see
 * {@link BatchUndo}). Like {@link HistoryWriter}, it runs in its caller's transaction and behind its caller's role
 * check.
 */
@Component
public class BatchChanges {

    private final HistoryQueries queries;

    BatchChanges(HistoryQueries queries) {
        this.queries = queries;
    }

    /** Each unit the batch changed, with the unit version its last change in the batch made. */
    public Map<Long, Long> lastUnitVersions(UUID batchId) {
        return queries.lastUnitVersions(batchId);
    }

    /** The value each field of the unit had before the batch changed it, by field name. */
    public Map<String, @Nullable String> valuesBefore(UUID batchId, long unitId) {
        return queries.valuesBefore(batchId, unitId);
    }
}
