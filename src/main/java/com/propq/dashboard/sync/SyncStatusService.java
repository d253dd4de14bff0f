package com.propq.dashboard.sync;

import com.propq.dashboard.history.UnitDeliveries;
import com.propq.dashboard.history.UnitDelivery;
import com.propq.dashboard.history.UnitVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads where units stand with PropQ, for other features' pages (no writes, no role of its own). */
@Service
@Transactional(readOnly = true)
public class SyncStatusService implements UnitDeliveries {

    private final SyncStatusQueries queries;
    private final OutboxRepository repository;

    SyncStatusService(SyncStatusQueries queries, OutboxRepository repository) {
        this.queries = queries;
        this.repository = repository;
    }

    /** The badges of a page of units, in two indexed lookups. */
    public Map<Long, SyncState> unitStates(Collection<Long> unitIds) {
        var states = new HashMap<Long, SyncState>();
        if (unitIds.isEmpty()) {
            return states;
        }
        queries.delivered(unitIds).forEach(id -> states.put(id, SyncState.SYNCED));
        for (var row : queries.unitRows(unitIds)) {
            var badge = row.state().badge();
            states.put(
                    row.unitId(),
                    new SyncState(
                            badge,
                            row.lastStatus(),
                            row.lastError(),
                            badge == SyncBadge.NEEDS_FIX ? fieldErrors(row.fieldErrors()) : Map.of()));
        }
        unitIds.forEach(id -> states.putIfAbsent(id, SyncState.NEVER_SENT));
        return states;
    }

    public SyncState unitState(long unitId) {
        return unitStates(List.of(unitId)).getOrDefault(unitId, SyncState.NEVER_SENT);
    }

    /** Delivery facts of many units at once, in one query (the history page judges a page of changes by them). */
    @Override
    public Map<Long, UnitDelivery> deliveries(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? new HashMap<>() : queries.deliveries(unitIds);
    }

    /**
     * When PropQ first accepted each unit at the given version or a later one (a later payload holds
     * the earlier change too); absent when it has not yet.
     */
    @Override
    public Map<UnitVersion, Instant> firstDeliveries(Collection<UnitVersion> changes) {
        return changes.isEmpty() ? new HashMap<>() : queries.firstDeliveries(changes);
    }

    /** Whether PropQ ever accepted anything of the development (then its PropQ id is fixed for good). */
    public boolean everDelivered(long developmentId) {
        return queries.everDelivered(developmentId);
    }

    /** The delivery engine at a glance (pending, parked, oldest pending, circuit), read now. */
    public SyncSnapshot snapshot() {
        return repository.snapshot();
    }

    /** The development's unit changes not yet accepted by PropQ (pending or being sent): what a publish waits for. */
    public int waitingUnitChanges(long developmentId) {
        return queries.waitingUnitChanges(developmentId);
    }

    /**
     * The development's units PropQ has never accepted and that are not on their way either (refused and parked,
     * discarded, or never queued): a publish would go out without them.
     */
    public int unitsNeverReceived(long developmentId) {
        return queries.unitsNeverReceived(developmentId);
    }

    /** A parked 422's stored field errors, by PropQ's field names; none when unreadable. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> fieldErrors(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Object> raw;
        try {
            raw = JsonMapper.shared().readValue(json, Map.class);
        } catch (JacksonException unreadable) {
            return Map.of();
        }
        var result = new LinkedHashMap<String, List<String>>();
        raw.forEach((field, messages) -> {
            if (messages instanceof List<?> list) {
                result.put(field, list.stream().map(String::valueOf).toList());
            }
        });
        return result;
    }
}
