package com.propq.dashboard.sync;

import com.propq.dashboard.history.UnitDelivery;
import com.propq.dashboard.history.UnitVersion;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What other features read of where units stand with PropQ, in plain SQL; {@link SyncStatusService} serves it. */
@Repository
class SyncStatusQueries {

    private final JdbcClient jdbc;

    SyncStatusQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of the units PropQ ever accepted. */
    List<Long> delivered(Collection<Long> unitIds) {
        return jdbc.sql("select unit_id from unit_delivery where unit_id in (:ids)")
                .param("ids", unitIds)
                .query((rs, row) -> rs.getLong(1))
                .list();
    }

    /** The units' undelivered rows, with a parked row's field errors as PropQ named them. */
    List<UnitOutboxRow> unitRows(Collection<Long> unitIds) {
        return jdbc.sql("select unit_id, state, last_status, last_error, field_errors::text from outbox "
                        + "where kind = 'UNIT' and unit_id in (:ids)")
                .param("ids", unitIds)
                .query((rs, n) -> new UnitOutboxRow(
                        rs.getLong(1),
                        OutboxState.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    Map<Long, UnitDelivery> deliveries(Collection<Long> unitIds) {
        var result = new HashMap<Long, UnitDelivery>();
        jdbc.sql("""
                        select u.id, d.delivered_version, d.delivered_at, o.state, o.unit_version, o.last_status,
                               o.last_error
                        from unnest(cast(:ids as bigint[])) as u(id)
                        left join unit_delivery d on d.unit_id = u.id
                        left join outbox o on o.unit_id = u.id and o.kind = 'UNIT'""").param("ids", unitIds.toArray(Long[]::new)).query((ResultSet rs) -> {
            var state = rs.getString(4);
            var queued = state == null
                    ? null
                    : OutboxState.valueOf(state) == OutboxState.PARKED
                            ? UnitDelivery.Queued.PARKED
                            : UnitDelivery.Queued.WAITING;
            var deliveredAt = rs.getObject(3, OffsetDateTime.class);
            result.put(
                    rs.getLong(1),
                    new UnitDelivery(
                            rs.getLong(1),
                            (Long) rs.getObject(2),
                            deliveredAt == null ? null : deliveredAt.toInstant(),
                            queued,
                            (Long) rs.getObject(5),
                            (Integer) rs.getObject(6),
                            rs.getString(7)));
        });
        return result;
    }

    Map<UnitVersion, Instant> firstDeliveries(Collection<UnitVersion> changes) {
        var result = new HashMap<UnitVersion, Instant>();
        var list = List.copyOf(changes);
        jdbc.sql("""
                        select c.unit_id, c.unit_version,
                               (select min(l.attempted_at) from delivery_log l
                                where l.unit_id = c.unit_id and l.unit_version >= c.unit_version
                                  and l.outcome = 'DELIVERED')
                        from unnest(cast(:units as bigint[]), cast(:versions as bigint[])) as c(unit_id, unit_version)""")
                .param("units", list.stream().map(UnitVersion::unitId).toArray(Long[]::new))
                .param("versions", list.stream().map(UnitVersion::version).toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    var at = rs.getObject(3, OffsetDateTime.class);
                    if (at != null) {
                        result.put(new UnitVersion(rs.getLong(1), rs.getLong(2)), at.toInstant());
                    }
                });
        return result;
    }

    boolean everDelivered(long developmentId) {
        return jdbc.sql("select exists (select 1 from unit_delivery where development_id = :id)")
                .param("id", developmentId)
                .query(Boolean.class)
                .single();
    }

    int waitingUnitChanges(long developmentId) {
        return jdbc.sql("select count(*) from outbox where kind = 'UNIT' and development_id = :id "
                        + "and state in ('PENDING', 'SENDING')")
                .param("id", developmentId)
                .query(Integer.class)
                .single();
    }

    int unitsNeverReceived(long developmentId) {
        return jdbc.sql("""
                        select count(*) from unit u
                        where u.development_id = :id
                          and not exists (select 1 from unit_delivery d where d.unit_id = u.id)
                          and not exists (select 1 from outbox o
                                          where o.unit_id = u.id and o.kind = 'UNIT' and o.state in ('PENDING', 'SENDING'))""").param("id", developmentId).query(Integer.class).single();
    }
}
