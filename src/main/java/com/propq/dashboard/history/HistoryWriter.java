package com.propq.dashboard.history;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to write change history. It joins the caller's transaction (and refuses to run
 * without one), so that a change and its history commit or roll back together.
 */
@Component
public class HistoryWriter {

    /**
     * Many entries in one statement (a JSON array read as rows, in its order): a 10,000-unit import's history is
     * one insert, not 10,000 executed one by one.
     */
    private static final String INSERT = """
            insert into change_history (occurred_at, actor, kind, entity_type, entity_id, entity_label,
                development_id, unit_id, unit_version, field, old_value, new_value, reason, batch_id)
            select :occurredAt, e.actor, e.kind, e.entity_type, e.entity_id, e.entity_label, e.development_id,
                   e.unit_id, e.unit_version, e.field, e.old_value, e.new_value, e.reason, e.batch_id
            from rows from (jsonb_to_recordset(cast(:entries as jsonb)) as (actor text, kind text,
                     entity_type text, entity_id bigint, entity_label text, development_id bigint, unit_id bigint,
                     unit_version bigint, field text, old_value text, new_value text, reason text, batch_id uuid))
                 with ordinality as e(actor, kind, entity_type, entity_id, entity_label, development_id, unit_id,
                     unit_version, field, old_value, new_value, reason, batch_id, line)
            order by e.line""";

    /** Entries per statement: bounds the size of one statement's JSON. */
    private static final int CHUNK = 5_000;

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

    /** In bulk, so a 10,000-unit import writes its history in a statement or two. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<HistoryEntry> entries) {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int from = 0; from < entries.size(); from += CHUNK) {
            var chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            jdbc.update(
                    INSERT,
                    new MapSqlParameterSource()
                            .addValue("occurredAt", now)
                            .addValue(
                                    "entries",
                                    JsonMapper.shared()
                                            .writeValueAsString(chunk.stream()
                                                    .map(HistoryWriter::json)
                                                    .toList())));
        }
    }

    private static Map<String, @Nullable Object> json(HistoryEntry e) {
        var json = new HashMap<String, @Nullable Object>();
        json.put("actor", e.actor());
        json.put("kind", e.kind().name());
        json.put("entity_type", e.entityType().name());
        json.put("entity_id", e.entityId());
        json.put("entity_label", e.entityLabel());
        json.put("development_id", e.developmentId());
        json.put("unit_id", e.unitId());
        json.put("unit_version", e.unitVersion());
        json.put("field", e.field());
        json.put("old_value", e.oldValue());
        json.put("new_value", e.newValue());
        json.put("reason", e.reason());
        json.put("batch_id", e.batchId() == null ? null : e.batchId().toString());
        return json;
    }
}
