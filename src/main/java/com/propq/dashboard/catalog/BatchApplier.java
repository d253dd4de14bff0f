package com.propq.dashboard.catalog;

import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.UnitState;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way many units change at once (bulk action, import, undo): all or nothing, only if every
 * unit is still as previewed, by the same rules as a single edit, as one batch in the history and
 * one batched outbox upsert. The changed units are written in one statement, not loaded and flushed one by one
 * through JPA (a 10,000-line import spent most of its time there). An import may also create units; each gets its "created" entry and outbox row.
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

    BatchApplier(
            UnitRepository units,
            DevelopmentRepository developments,
            UnitRules rules,
            HistoryWriter history,
            OutboxWriter outbox,
            JdbcClient jdbc,
            Clock clock) {
        this.units = units;
        this.developments = developments;
        this.rules = rules;
        this.history = history;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    BatchResult apply(
            long developmentId,
            HistoryKind kind,
            String actor,
            String description,
            @Nullable String reason,
            List<PlannedChange> changes,
            List<NewUnitLine> creations,
            @Nullable UUID undoes) {
        var versions = currentVersions(developmentId, changes);
        var staleChanges = changes.stream()
                .filter(c -> !Long.valueOf(c.expectedVersion()).equals(versions.get(c.unitId())))
                .map(PlannedChange::unitName)
                .toList();
        // A unit someone created since the dry run would be created twice (the name is PropQ's key).
        var stale = new ArrayList<>(staleChanges);
        if (!creations.isEmpty()) {
            var taken = units.lowerCaseNames(developmentId);
            creations.stream()
                    .filter(c -> taken.contains(c.name().toLowerCase(Locale.ROOT)))
                    .forEach(c -> stale.add(c.name()));
        }
        if (!stale.isEmpty()) {
            throw new BatchConflictException(stale);
        }
        var problems = new ArrayList<FieldProblem>();
        for (var creation : creations) {
            rules.checkName(creation.name()).forEach(p -> problems.add(p.of(creation.name())));
            rules.checkValues(creation.values()).forEach(p -> problems.add(p.of(creation.name())));
            rules.checkHold(null, creation.values()).forEach(p -> problems.add(p.of(creation.name())));
        }
        for (var change : changes) {
            rules.checkValues(change.after()).forEach(p -> problems.add(p.of(change.unitName())));
            // An undo puts back what was there, holds as they were even one older than today's hold limits: it
            // needs no reason of its own, as a price cut or a release would.
            if (undoes == null) {
                rules.checkHold(change.before(), change.after()).forEach(p -> problems.add(p.of(change.unitName())));
            }
            if (undoes == null || UnitValues.blankToNull(reason) != null) {
                rules.checkChange(change.before(), change.after(), reason)
                        .forEach(p -> problems.add(p.of(change.unitName())));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(
                    problems.stream().distinct().limit(50).toList());
        }
        var batchId = UUID.randomUUID();
        var now = clock.instant();
        var created = new ArrayList<Unit>();
        if (!creations.isEmpty()) {
            var development = developments.getReferenceById(developmentId);
            for (var creation : creations) {
                created.add(new Unit(development, creation.name().strip(), creation.values(), now));
            }
            units.saveAll(created);
        }
        try {
            units.flush();
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw new BatchConflictException(
                    creations.stream().map(NewUnitLine::name).toList());
        }
        var entries = new ArrayList<HistoryEntry>();
        var states = new ArrayList<UnitState>();
        for (var unit : created) {
            entries.add(UnitHistory.created(actor, kind, unit, batchId));
            states.add(CatalogEditService.state(unit));
        }
        if (!changes.isEmpty()) {
            update(developmentId, changes, now);
            var propqId = jdbc.sql("select propq_id from development where id = :id")
                    .param("id", developmentId)
                    .query(String.class)
                    .single();
            for (var change : changes) {
                // The update checked that each unit was still at the expected version and raised it by one.
                var unit = new UnitHistory.Subject(
                        change.unitId(), change.unitName(), developmentId, change.expectedVersion() + 1);
                var after = Unit.stored(change.after());
                entries.addAll(UnitHistory.changes(
                        actor, kind, unit, change.before(), after, UnitValues.blankToNull(reason), batchId));
                states.add(CatalogEditService.state(
                        developmentId, propqId, unit.id(), unit.name(), unit.version(), after));
            }
        }
        jdbc.sql("""
                        insert into bulk_batch (id, kind, development_id, actor, description, reason, unit_count,
                                                created_units, undoes)
                        values (:id, :kind, :developmentId, :actor, :description, :reason, :count, :created,
                                :undoes)""")
                .param("id", batchId)
                .param("kind", kind == HistoryKind.IMPORT ? "IMPORT" : "BULK_BATCH")
                .param("developmentId", developmentId)
                .param("actor", actor)
                .param("description", description)
                .param("reason", UnitValues.blankToNull(reason))
                .param("count", changes.size() + creations.size())
                .param("created", creations.size())
                .param("undoes", undoes)
                .update();
        if (undoes != null) {
            jdbc.sql("update bulk_batch set undone_by = :by where id = :id")
                    .param("by", batchId)
                    .param("id", undoes)
                    .update();
        }
        history.recordAll(entries);
        outbox.queueBatch(batchId, developmentId, states);
        return new BatchResult(batchId, changes.size() + creations.size());
    }

    /** The units' versions now, by id; a unit of another development (or gone) is missing. */
    private Map<Long, Long> currentVersions(long developmentId, List<PlannedChange> changes) {
        var versions = new HashMap<Long, Long>();
        if (changes.isEmpty()) {
            return versions;
        }
        jdbc.sql(
                        "select id, version from unit where development_id = :developmentId and id = any(cast(:ids as bigint[]))")
                .param("developmentId", developmentId)
                .param(
                        "ids",
                        changes.stream()
                                .map(c -> String.valueOf(c.unitId()))
                                .collect(Collectors.joining(",", "{", "}")))
                .query((ResultSet rs) -> {
                    versions.put(rs.getLong(1), rs.getLong(2));
                });
        return versions;
    }

    /**
     * Every changed unit in one statement (JSON rows), as {@link Unit#apply} and JPA's version check would change
     * them one by one: only a unit still at its expected version changes, and its version goes up by one. A unit
     * an edit changed since the check above makes it a conflict, and the caller's transaction rolls back.
     */
    private void update(long developmentId, List<PlannedChange> changes, Instant now) {
        var rows = changes.stream()
                .map(change -> {
                    var after = Unit.stored(change.after());
                    var row = new HashMap<String, @Nullable Object>();
                    row.put("id", change.unitId());
                    row.put("expected_version", change.expectedVersion());
                    row.put("status", after.status().name());
                    row.put("price", after.price().toPlainString());
                    row.put(
                            "directions",
                            after.directions().stream().map(Enum::name).toList());
                    row.put("block", after.block());
                    row.put("floor", after.floor());
                    row.put("bedrooms", after.bedrooms());
                    row.put(
                            "built_area",
                            after.builtArea() == null ? null : after.builtArea().toPlainString());
                    row.put("notes", after.notes());
                    row.put("hold_reason", after.holdReason());
                    row.put(
                            "hold_until",
                            after.holdUntil() == null ? null : after.holdUntil().toString());
                    return row;
                })
                .toList();
        var updated = new HashSet<>(jdbc.sql("""
                        update unit u
                        set status = c.status, price = cast(c.price as numeric),
                            directions = array(select jsonb_array_elements_text(c.directions)),
                            block = c.block, floor = c.floor, bedrooms = c.bedrooms,
                            built_area = cast(c.built_area as numeric), notes = c.notes,
                            hold_reason = c.hold_reason, hold_until = cast(c.hold_until as date),
                            updated_at = :now, version = u.version + 1
                        from jsonb_to_recordset(cast(:rows as jsonb)) as c(id bigint, expected_version bigint,
                            status text, price text, directions jsonb, block text, floor integer, bedrooms integer,
                            built_area text, notes text, hold_reason text, hold_until text)
                        where u.id = c.id and u.version = c.expected_version and u.development_id = :developmentId
                        returning u.id""")
                .param("rows", JsonMapper.shared().writeValueAsString(rows))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("developmentId", developmentId)
                .query(Long.class)
                .list());
        if (updated.size() < changes.size()) {
            throw new BatchConflictException(changes.stream()
                    .filter(c -> !updated.contains(c.unitId()))
                    .map(PlannedChange::unitName)
                    .toList());
        }
    }
}
