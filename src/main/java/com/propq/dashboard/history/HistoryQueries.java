package com.propq.dashboard.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
        var where = new Where(filter, userAdministration);
        return where.bind(jdbc.sql("select " + COLUMNS + " from change_history where " + where.sql()
                        + " order by occurred_at desc, id desc offset :offset limit :limit"))
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    /** PostgreSQL's plan and timing of {@link #page} for a filter: for the scale test and for diagnosing slow filters. */
    List<String> explainPage(HistoryFilter filter, int offset, int limit) {
        var where = new Where(filter, true);
        return where.bind(jdbc.sql("explain (analyze, buffers) select " + COLUMNS + " from change_history where "
                        + where.sql() + " order by occurred_at desc, id desc offset :offset limit :limit"))
                .param("offset", offset).param("limit", limit)
                .query((rs, row) -> rs.getString(1)).list();
    }

    /** Streams every matching entry, newest first, for the CSV export. */
    void forEach(HistoryFilter filter, boolean userAdministration, Consumer<HistoryRow> each) {
        var where = new Where(filter, userAdministration);
        where.bind(jdbc.sql("select " + COLUMNS + " from change_history where " + where.sql()
                        + " order by occurred_at desc, id desc"))
                .query((ResultSet rs) -> each.accept(row(rs)));
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        return new HistoryRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                HistoryKind.valueOf(rs.getString(4)), HistoryEntityType.valueOf(rs.getString(5)),
                (Long) rs.getObject(6), rs.getString(7), (Long) rs.getObject(8), (Long) rs.getObject(9),
                (Long) rs.getObject(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getObject(15, UUID.class), DeliveryOutcome.NOT_APPLICABLE);
    }

    private record Where(HistoryFilter filter, boolean userAdministration) {

        String sql() {
            var parts = new ArrayList<String>();
            parts.add("true");
            if (!userAdministration) {
                parts.add("entity_type <> 'USER'");
            }
            if (filter.developmentId() != null) {
                parts.add("development_id = :developmentId");
            }
            if (filter.unitId() != null) {
                parts.add("unit_id = :unitId");
            }
            if (filter.unitName() != null && !filter.unitName().isBlank()) {
                parts.add("entity_type = 'UNIT' and lower(entity_label) = lower(:unitName)");
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                parts.add("actor = :actor");
            }
            if (filter.from() != null) {
                parts.add("occurred_at >= :from");
            }
            if (filter.to() != null) {
                parts.add("occurred_at < :to");
            }
            if (filter.field() != null && !filter.field().isBlank()) {
                parts.add("field = :field");
            }
            if (filter.kind() != null) {
                parts.add("kind = :kind");
            }
            if (filter.batchId() != null) {
                parts.add("batch_id = :batchId");
            }
            return String.join(" and ", parts);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            if (filter.developmentId() != null) {
                spec = spec.param("developmentId", filter.developmentId());
            }
            if (filter.unitId() != null) {
                spec = spec.param("unitId", filter.unitId());
            }
            if (filter.unitName() != null && !filter.unitName().isBlank()) {
                spec = spec.param("unitName", filter.unitName().strip());
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                spec = spec.param("actor", filter.actor().strip());
            }
            if (filter.from() != null) {
                spec = spec.param("from", OffsetDateTime.ofInstant(filter.from(), java.time.ZoneOffset.UTC));
            }
            if (filter.to() != null) {
                spec = spec.param("to", OffsetDateTime.ofInstant(filter.to(), java.time.ZoneOffset.UTC));
            }
            if (filter.field() != null && !filter.field().isBlank()) {
                spec = spec.param("field", filter.field());
            }
            if (filter.kind() != null) {
                spec = spec.param("kind", filter.kind().name());
            }
            if (filter.batchId() != null) {
                spec = spec.param("batchId", filter.batchId());
            }
            return spec;
        }
    }
}
