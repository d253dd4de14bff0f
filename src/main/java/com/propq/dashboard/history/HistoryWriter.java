package com.propq.dashboard.history;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to write change history. It joins the caller's transaction (and refuses to run
 * without one), so that a change and its history commit or roll back together.
 */
@Component
public class HistoryWriter {

    private static final String INSERT = """
            insert into change_history (occurred_at, actor, kind, entity_type, entity_id, entity_label,
                development_id, unit_id, unit_version, field, old_value, new_value, reason, batch_id)
            values (:occurredAt, :actor, :kind, :entityType, :entityId, :entityLabel, :developmentId, :unitId, :unitVersion,
                :field, :oldValue, :newValue, :reason, :batchId)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    HistoryWriter(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(HistoryEntry entry) {
        recordAll(List.of(entry));
    }

    /** Batched, so a 10,000-unit import writes its history in a few round trips. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var batch = entries.stream().map(e -> parameters(e, now)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, batch);
    }

    private static SqlParameterSource parameters(HistoryEntry e, OffsetDateTime now) {
        return new MapSqlParameterSource()
                .addValue("occurredAt", now)
                .addValue("actor", e.actor())
                .addValue("kind", e.kind().name())
                .addValue("entityType", e.entityType().name())
                .addValue("entityId", e.entityId(), Types.BIGINT)
                .addValue("entityLabel", e.entityLabel())
                .addValue("developmentId", e.developmentId(), Types.BIGINT)
                .addValue("unitId", e.unitId(), Types.BIGINT)
                .addValue("unitVersion", e.unitVersion(), Types.BIGINT)
                .addValue("field", e.field())
                .addValue("oldValue", e.oldValue())
                .addValue("newValue", e.newValue())
                .addValue("reason", e.reason())
                .addValue("batchId", e.batchId(), Types.OTHER);
    }
}
