package com.propq.dashboard.catalog;

import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.sync.OutboxLane;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.UnitState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way many units change at once (bulk action, import, undo): all or nothing, only if every
 * unit is still as previewed, by the same rules as a single edit, as one batch in the history and
 * one batched outbox upsert.
 */
@Component
class BatchApplier {

    private final UnitRepository units;
    private final UnitRules rules;
    private final HistoryWriter history;
    private final OutboxWriter outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    BatchApplier(UnitRepository units, UnitRules rules, HistoryWriter history, OutboxWriter outbox, JdbcClient jdbc,
                 Clock clock) {
        this.units = units;
        this.rules = rules;
        this.history = history;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    BatchResult apply(long developmentId, HistoryKind kind, String actor, String description, @Nullable String reason,
                      List<PlannedChange> changes, @Nullable UUID undoes) {
        var byId = units.findAllById(changes.stream().map(PlannedChange::unitId).toList()).stream()
                .collect(Collectors.toMap(Unit::getId, Function.identity()));
        var stale = changes.stream()
                .filter(c -> !byId.containsKey(c.unitId()) || byId.get(c.unitId()).getVersion() != c.expectedVersion()
                        || byId.get(c.unitId()).getDevelopment().getId() != developmentId)
                .map(PlannedChange::unitName).toList();
        if (!stale.isEmpty()) {
            throw new BatchConflictException(stale);
        }
        var problems = new ArrayList<FieldProblem>();
        for (var change : changes) {
            rules.checkValues(change.after()).forEach(p -> problems.add(p.of(change.unitName())));
            rules.checkChange(change.before(), change.after(), reason).forEach(p -> problems.add(p.of(change.unitName())));
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems.stream().distinct().limit(50).toList());
        }
        var batchId = UUID.randomUUID();
        var now = clock.instant();
        var befores = new HashMap<Long, UnitValues>();
        for (var change : changes) {
            var unit = byId.get(change.unitId());
            befores.put(unit.getId(), unit.values());
            unit.apply(change.after(), now);
        }
        units.flush();
        var entries = new ArrayList<HistoryEntry>();
        var states = new ArrayList<UnitState>();
        for (var change : changes) {
            var unit = byId.get(change.unitId());
            entries.addAll(UnitHistory.changes(actor, kind, unit, befores.get(unit.getId()), unit.values(),
                    UnitValues.blankToNull(reason), batchId));
            states.add(CatalogEditService.state(unit));
        }
        jdbc.sql("""
                        insert into bulk_batch (id, kind, development_id, actor, description, reason, unit_count, undoes)
                        values (:id, :kind, :developmentId, :actor, :description, :reason, :count, :undoes)""")
                .param("id", batchId).param("kind", kind == HistoryKind.IMPORT ? "IMPORT" : "BULK_BATCH")
                .param("developmentId", developmentId).param("actor", actor).param("description", description)
                .param("reason", UnitValues.blankToNull(reason)).param("count", changes.size())
                .param("undoes", undoes).update();
        if (undoes != null) {
            jdbc.sql("update bulk_batch set undone_by = :by where id = :id").param("by", batchId).param("id", undoes)
                    .update();
        }
        history.recordAll(entries);
        outbox.queueUnits(states, OutboxLane.BATCH);
        return new BatchResult(batchId, changes.size());
    }

}
