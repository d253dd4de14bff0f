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
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way many units change at once (bulk action, import, undo): all or nothing, only if every
 * unit is still as previewed, by the same rules as a single edit, as one batch in the history and
 * one batched outbox upsert. An import may also create units; each gets its "created" entry and outbox row.
 */
@Component
class BatchApplier {

    private final UnitRepository units;
    private final DevelopmentRepository developments;
    private final UnitRules rules;
    private final HistoryWriter history;
    private final OutboxWriter outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    BatchApplier(UnitRepository units, DevelopmentRepository developments, UnitRules rules, HistoryWriter history,
                 OutboxWriter outbox, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.developments = developments;
        this.rules = rules;
        this.history = history;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    BatchResult apply(long developmentId, HistoryKind kind, String actor, String description, @Nullable String reason,
                      List<PlannedChange> changes, List<NewUnitLine> creations, @Nullable UUID undoes) {
        var byId = units.findAllById(changes.stream().map(PlannedChange::unitId).toList()).stream()
                .collect(Collectors.toMap(Unit::getId, Function.identity()));
        var staleChanges = changes.stream()
                .filter(c -> !byId.containsKey(c.unitId()) || byId.get(c.unitId()).getVersion() != c.expectedVersion()
                        || byId.get(c.unitId()).getDevelopment().getId() != developmentId)
                .map(PlannedChange::unitName).toList();
        // A unit someone created since the dry run would be created twice (the name is PropQ's key).
        var stale = new ArrayList<>(staleChanges);
        if (!creations.isEmpty()) {
            var taken = units.lowerCaseNames(developmentId);
            creations.stream().filter(c -> taken.contains(c.name().toLowerCase(Locale.ROOT)))
                    .forEach(c -> stale.add(c.name()));
        }
        if (!stale.isEmpty()) {
            throw new BatchConflictException(stale);
        }
        var problems = new ArrayList<FieldProblem>();
        for (var creation : creations) {
            rules.checkName(creation.name()).forEach(p -> problems.add(p.of(creation.name())));
            rules.checkValues(creation.values()).forEach(p -> problems.add(p.of(creation.name())));
        }
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
            // Every changed unit is in byId: the stale check above refused the batch otherwise.
            var unit = Objects.requireNonNull(byId.get(change.unitId()));
            befores.put(unit.getId(), unit.values());
            unit.apply(change.after(), now);
        }
        var created = new ArrayList<Unit>();
        if (!creations.isEmpty()) {
            var development = developments.getReferenceById(developmentId);
            for (var creation : creations) {
                var values = creation.values();
                var unit = new Unit(development, creation.name().strip(), values.status(), values.price(),
                        values.directions(), values.block(), values.floor(), values.bedrooms(), values.builtArea(),
                        now);
                unit.apply(values, now);
                created.add(unit);
            }
            units.saveAll(created);
        }
        try {
            units.flush();
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw new BatchConflictException(creations.stream().map(NewUnitLine::name).toList());
        }
        var entries = new ArrayList<HistoryEntry>();
        var states = new ArrayList<UnitState>();
        for (var unit : created) {
            entries.add(UnitHistory.created(actor, kind, unit, batchId));
            states.add(CatalogEditService.state(unit));
        }
        for (var change : changes) {
            var unit = Objects.requireNonNull(byId.get(change.unitId()));
            entries.addAll(UnitHistory.changes(actor, kind, unit, Objects.requireNonNull(befores.get(unit.getId())),
                    unit.values(),
                    UnitValues.blankToNull(reason), batchId));
            states.add(CatalogEditService.state(unit));
        }
        jdbc.sql("""
                        insert into bulk_batch (id, kind, development_id, actor, description, reason, unit_count,
                                                created_units, undoes)
                        values (:id, :kind, :developmentId, :actor, :description, :reason, :count, :created,
                                :undoes)""")
                .param("id", batchId).param("kind", kind == HistoryKind.IMPORT ? "IMPORT" : "BULK_BATCH")
                .param("developmentId", developmentId).param("actor", actor).param("description", description)
                .param("reason", UnitValues.blankToNull(reason)).param("count", changes.size() + creations.size())
                .param("created", creations.size())
                .param("undoes", undoes).update();
        if (undoes != null) {
            jdbc.sql("update bulk_batch set undone_by = :by where id = :id").param("by", batchId).param("id", undoes)
                    .update();
        }
        history.recordAll(entries);
        outbox.queueUnits(states, OutboxLane.BATCH);
        return new BatchResult(batchId, changes.size() + creations.size());
    }

}
