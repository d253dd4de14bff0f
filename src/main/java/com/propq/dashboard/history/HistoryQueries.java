package com.propq.dashboard.history;

import com.propq.dashboard.base.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history's read SQL. Every filter has an index that serves "newest first" (V1), so the first
 * page of a million entries is an index range scan, never a sort of the table. There is no count:
 * the grid pages on as far as the reader scrolls.
 */
@Repository
class HistoryQueries {

    private static final String COLUMNS = """
            id, occurred_at, actor, kind, entity_type, entity_id, entity_label, development_id, unit_id,
            unit_version, field, old_value, new_value, reason, batch_id""";

    private final JdbcClient jdbc;

    HistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code userAdministration}: whether entries about users (lockouts, roles, passwords) are included. */
    List<HistoryRow> page(HistoryFilter filter, boolean userAdministration, int offset, int limit) {
        var where = where(filter, userAdministration);
        return where.bind(jdbc.sql("select " + COLUMNS + " from change_history where " + where.sql()
                        + " order by occurred_at desc, id desc offset :offset limit :limit"))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** PostgreSQL's plan and timing of {@link #page} for a filter: for the scale test and for diagnosing slow filters. */
    List<String> explainPage(HistoryFilter filter, int offset, int limit) {
        var where = where(filter, true);
        return where.bind(jdbc.sql("explain (analyze, buffers) select " + COLUMNS + " from change_history where "
                        + where.sql() + " order by occurred_at desc, id desc offset :offset limit :limit"))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> rs.getString(1))
                .list();
    }

    /** Streams every matching entry, newest first, for the CSV export. */
    void forEach(HistoryFilter filter, boolean userAdministration, Consumer<HistoryRow> each) {
        var where = where(filter, userAdministration);
        where.bind(jdbc.sql("select " + COLUMNS + " from change_history where " + where.sql()
                        + " order by occurred_at desc, id desc"))
                .query((ResultSet rs) -> each.accept(row(rs)));
    }

    /** Each unit a batch changed, with the unit version its last change in the batch made. */
    Map<Long, Long> lastUnitVersions(UUID batchId) {
        var versions = new LinkedHashMap<Long, Long>();
        jdbc.sql("""
                        select unit_id, max(unit_version) from change_history
                        where batch_id = :batch and unit_id is not null group by unit_id""").param("batch", batchId).query((ResultSet rs) -> {
            versions.put(rs.getLong(1), rs.getLong(2));
        });
        return versions;
    }

    /** The value each field of the unit had before the batch: the old value of its first change in the batch. */
    Map<String, @Nullable String> valuesBefore(UUID batchId, long unitId) {
        var old = new HashMap<String, @Nullable String>();
        jdbc.sql("select field, old_value from change_history where batch_id = :batch and unit_id = :unit order by id")
                .param("batch", batchId)
                .param("unit", unitId)
                .query((ResultSet rs) -> {
                    if (!old.containsKey(rs.getString(1))) {
                        old.put(rs.getString(1), rs.getString(2));
                    }
                });
        return old;
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        return new HistoryRow(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                HistoryKind.valueOf(rs.getString(4)),
                HistoryEntityType.valueOf(rs.getString(5)),
                (Long) rs.getObject(6),
                rs.getString(7),
                (Long) rs.getObject(8),
                (Long) rs.getObject(9),
                (Long) rs.getObject(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getObject(15, UUID.class),
                DeliveryOutcome.NOT_APPLICABLE);
    }

    /** {@code userAdministration}: whether entries about users (lockouts, roles, passwords) are included. */
    private static SqlWhere where(HistoryFilter filter, boolean userAdministration) {
        return new SqlWhere()
                .andIf(!userAdministration, "entity_type <> 'USER'")
                .and("development_id = :developmentId", "developmentId", filter.developmentId())
                .and("unit_id = :unitId", "unitId", filter.unitId())
                .and(
                        "entity_type = 'UNIT' and lower(entity_label) = lower(:unitName)",
                        "unitName",
                        filter.unitName(),
                        String::strip)
                .and("actor = :actor", "actor", filter.actor(), String::strip)
                .and("occurred_at >= :from", "from", filter.from(), HistoryQueries::utc)
                .and("occurred_at < :to", "to", filter.to(), HistoryQueries::utc)
                .and("field = :field", "field", filter.field())
                .and("kind = :kind", "kind", filter.kind(), HistoryKind::name)
                .and("batch_id = :batchId", "batchId", filter.batchId());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
