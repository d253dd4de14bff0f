package com.propq.dashboard.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads where units stand with PropQ, for other features' pages (no writes, no role of its own). */
@Service
@Transactional(readOnly = true)
public class SyncStatusService {

    /** update-by-name's field names, as a 422 names them, to the unit editor's. */
    private static final Map<String, String> EDITOR_FIELDS = Map.of("UntName", "name", "UntStatus", "status",
            "UntPrice", "price", "UntDirections", "directions");

    private final JdbcClient jdbc;
    private final OutboxRepository repository;

    SyncStatusService(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.repository = new OutboxRepository(jdbc);
    }

    /** The badges of a page of units, in two indexed lookups. */
    public Map<Long, SyncState> unitStates(Collection<Long> unitIds) {
        var states = new HashMap<Long, SyncState>();
        if (unitIds.isEmpty()) {
            return states;
        }
        jdbc.sql("select unit_id from unit_delivery where unit_id in (:ids)").param("ids", unitIds)
                .query(Long.class).list().forEach(id -> states.put(id, SyncState.SYNCED));
        for (var row : repository.unitRows(unitIds)) {
            var badge = OutboxState.valueOf((String) row[1]).badge();
            states.put((Long) row[0], new SyncState(badge, (Integer) row[2], (String) row[3],
                    badge == SyncBadge.NEEDS_FIX ? editorFieldErrors((String) row[4]) : Map.of()));
        }
        unitIds.forEach(id -> states.putIfAbsent(id, SyncState.NEVER_SENT));
        return states;
    }

    public SyncState unitState(long unitId) {
        return unitStates(List.of(unitId)).getOrDefault(unitId, SyncState.NEVER_SENT);
    }

    /** Delivery facts of many units at once, in one query (the history page judges a page of changes by them). */
    public Map<Long, UnitDelivery> deliveries(Collection<Long> unitIds) {
        var result = new HashMap<Long, UnitDelivery>();
        if (unitIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select u.id, d.delivered_version, d.delivered_at, o.state, o.unit_version, o.last_status,
                               o.last_error
                        from unnest(cast(:ids as bigint[])) as u(id)
                        left join unit_delivery d on d.unit_id = u.id
                        left join outbox o on o.unit_id = u.id and o.kind = 'UNIT'""")
                .param("ids", unitIds.toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    var state = rs.getString(4);
                    SyncBadge queued = state == null ? null : OutboxState.valueOf(state).badge();
                    var deliveredAt = rs.getObject(3, java.time.OffsetDateTime.class);
                    result.put(rs.getLong(1), new UnitDelivery(rs.getLong(1), (Long) rs.getObject(2),
                            deliveredAt == null ? null : deliveredAt.toInstant(), queued, (Long) rs.getObject(5),
                            (Integer) rs.getObject(6), rs.getString(7)));
                });
        return result;
    }

    /**
     * When PropQ first accepted each unit at the given version or a later one (a later payload holds
     * the earlier change too); absent when it has not yet.
     */
    public Map<UnitVersion, java.time.Instant> firstDeliveries(Collection<UnitVersion> changes) {
        var result = new HashMap<UnitVersion, java.time.Instant>();
        if (changes.isEmpty()) {
            return result;
        }
        var list = java.util.List.copyOf(changes);
        jdbc.sql("""
                        select c.unit_id, c.unit_version,
                               (select min(l.attempted_at) from delivery_log l
                                where l.unit_id = c.unit_id and l.unit_version >= c.unit_version
                                  and l.outcome = 'DELIVERED')
                        from unnest(cast(:units as bigint[]), cast(:versions as bigint[])) as c(unit_id, unit_version)""")
                .param("units", list.stream().map(UnitVersion::unitId).toArray(Long[]::new))
                .param("versions", list.stream().map(UnitVersion::version).toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    var at = rs.getObject(3, java.time.OffsetDateTime.class);
                    if (at != null) {
                        result.put(new UnitVersion(rs.getLong(1), rs.getLong(2)), at.toInstant());
                    }
                });
        return result;
    }

    /** Whether PropQ ever accepted anything of the development (then its PropQ id is fixed for good). */
    public boolean everDelivered(long developmentId) {
        return jdbc.sql("select exists (select 1 from unit_delivery where development_id = :id)")
                .param("id", developmentId).query(Boolean.class).single();
    }

    /** The delivery engine at a glance (pending, parked, oldest pending, circuit), read now. */
    public SyncSnapshot snapshot() {
        return repository.snapshot();
    }

    /** The development's unit changes not yet accepted by PropQ (pending or being sent): what a publish waits for. */
    public int waitingUnitChanges(long developmentId) {
        return jdbc.sql("select count(*) from outbox where kind = 'UNIT' and development_id = :id "
                        + "and state in ('PENDING', 'SENDING')")
                .param("id", developmentId).query(Integer.class).single();
    }

    /** Since when PropQ refuses even a fresh token (the credentials are wrong); null when it does not. */
    public @Nullable Instant credentialsRefusedSince() {
        return repository.circuit().credentialsRefusedAt();
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> editorFieldErrors(@Nullable String json) {
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
                result.put(EDITOR_FIELDS.getOrDefault(field, field), list.stream().map(String::valueOf).toList());
            }
        });
        return result;
    }
}
