package com.propq.dashboard.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads where units stand with PropQ, for other features' pages (no writes, no role of its own). */
@Service
@Transactional(readOnly = true)
public class SyncStatusService {

    private final JdbcClient jdbc;

    SyncStatusService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The badges of a page of units, in two indexed lookups. */
    public Map<Long, SyncState> unitStates(Collection<Long> unitIds) {
        var states = new HashMap<Long, SyncState>();
        if (unitIds.isEmpty()) {
            return states;
        }
        jdbc.sql("select unit_id from unit_delivery where unit_id in (:ids)").param("ids", unitIds)
                .query(Long.class).list().forEach(id -> states.put(id, SyncState.SYNCED));
        jdbc.sql("select unit_id, state, last_status, last_error from outbox where kind = 'UNIT' and unit_id in (:ids)")
                .param("ids", unitIds)
                .query((rs, n) -> {
                    var badge = switch (rs.getString(2)) {
                        case "SENDING" -> SyncBadge.SENDING;
                        case "PARKED" -> SyncBadge.NEEDS_FIX;
                        default -> SyncBadge.PENDING;
                    };
                    Integer status = (Integer) rs.getObject(3);
                    states.put(rs.getLong(1), new SyncState(badge, status, rs.getString(4)));
                    return null;
                }).list();
        unitIds.forEach(id -> states.putIfAbsent(id, SyncState.NEVER_SENT));
        return states;
    }

    public SyncState unitState(long unitId) {
        return unitStates(java.util.List.of(unitId)).get(unitId);
    }

    /** Whether PropQ ever accepted anything of the development (then its PropQ id is fixed for good). */
    public boolean everDelivered(long developmentId) {
        return jdbc.sql("select exists (select 1 from unit_delivery where development_id = :id)")
                .param("id", developmentId).query(Boolean.class).single();
    }
}
