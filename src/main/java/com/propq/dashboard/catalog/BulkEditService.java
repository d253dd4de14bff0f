package com.propq.dashboard.catalog;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.Roles;
import com.propq.dashboard.history.BatchChanges;
import com.propq.dashboard.history.BatchUndo;
import com.propq.dashboard.history.HistoryKind;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk changes on a selection or on everything a filter shows: preview first, then apply exactly
 * the preview as one batch, undoable as a whole.
 */
@Service
@Transactional
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class BulkEditService implements BatchUndo {

    /** A filter may reach every unit of a development; past this a bulk change is refused as a mistake. */
    static final int MAX_UNITS = 20_000;

    // Mapped as query(Class) would map them, but typed as never null (query(Class) allows null for one column).
    private static final RowMapper<BatchSummary> BATCH_SUMMARIES = new SimplePropertyRowMapper<>(BatchSummary.class);

    private final CatalogQueries queries;
    private final UnitRepository units;
    private final BatchApplier applier;
    private final JdbcClient jdbc;
    private final BatchChanges history;

    BulkEditService(
            CatalogQueries queries, UnitRepository units, BatchApplier applier, JdbcClient jdbc, BatchChanges history) {
        this.queries = queries;
        this.units = units;
        this.applier = applier;
        this.jdbc = jdbc;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public BulkPreview previewSelection(
            long developmentId, Collection<Long> unitIds, BulkAction action, String reason) {
        return preview(developmentId, units.findAllById(unitIds), action, reason);
    }

    @Transactional(readOnly = true)
    public BulkPreview previewFiltered(long developmentId, UnitFilter filter, BulkAction action, String reason) {
        var ids = queries.units(developmentId, filter, List.of(), 0, MAX_UNITS + 1).stream()
                .map(UnitRow::id)
                .toList();
        if (ids.size() > MAX_UNITS) {
            throw new CatalogValidationException(List.of(new FieldProblem("scope", "bulk.too-many", MAX_UNITS)));
        }
        return preview(developmentId, units.findAllById(ids), action, reason);
    }

    private BulkPreview preview(long developmentId, List<Unit> found, BulkAction action, String reason) {
        var lines = found.stream()
                .filter(u -> u.getDevelopment().getId() == developmentId)
                .sorted(java.util.Comparator.comparing(Unit::getName))
                .map(u -> new BulkLine(
                        u.getId(), u.getName(), u.getVersion(), u.values(), action.applyTo(u.values(), reason)))
                .toList();
        return new BulkPreview(developmentId, action, reason, lines);
    }

    /** Applies exactly the preview; if any unit changed since, nothing is applied. */
    public BatchResult apply(BulkPreview preview) {
        var changes = preview.lines().stream()
                .filter(BulkLine::changes)
                .map(BulkLine::planned)
                .toList();
        if (changes.isEmpty()) {
            throw new CatalogValidationException(List.of(new FieldProblem("scope", "bulk.nothing-to-change")));
        }
        return applier.apply(
                preview.developmentId(),
                HistoryKind.BULK_BATCH,
                actor(),
                preview.action().description(),
                preview.reason(),
                changes,
                List.of(),
                null);
    }

    /**
     * Puts every unit of a batch back as it was before it, as a new batch whose history entries are an undo's. Refused
     * when the batch was already undone, or when one of its units changed since (undoing would overwrite that
     * change). The reason may be left out: the undo needs none, as the batch it undoes had one if it needed it.
     */
    public BatchResult undo(UUID batchId, @Nullable String reason) {
        var batch = batch(batchId);
        if (batch.undoneBy() != null) {
            throw new CatalogValidationException(List.of(new FieldProblem("batch", "bulk.already-undone")));
        }
        if (batch.createdUnits() > 0) {
            throw new CatalogValidationException(
                    List.of(new FieldProblem("batch", "bulk.undo-created-units", batch.createdUnits())));
        }
        var changes = new ArrayList<PlannedChange>();
        history.lastUnitVersions(batchId).forEach((unitId, version) -> {
            var unit = units.findWithDevelopment(unitId).orElseThrow();
            var before = UnitHistory.restore(unit.values(), history.valuesBefore(batchId, unitId));
            changes.add(new PlannedChange(unit.getId(), unit.getName(), version, unit.values(), before));
        });
        return applier.apply(
                developmentOf(batchId),
                HistoryKind.UNDO,
                actor(),
                "undo " + batchId,
                reason,
                changes,
                List.of(),
                batchId);
    }

    @Override
    public void undo(UUID batchId) {
        undo(batchId, null);
    }

    @Transactional(readOnly = true)
    public List<BatchSummary> batches(long developmentId, int limit) {
        return jdbc.sql("""
                        select id, kind, actor, description, reason, unit_count, created_units, created_at, undoes,
                               undone_by
                        from bulk_batch where development_id = :id order by created_at desc limit :limit""")
                .param("id", developmentId)
                .param("limit", limit)
                .query(BATCH_SUMMARIES)
                .list();
    }

    /** One batch of any development, e.g. the one just applied, as the batches list shows it. */
    @Transactional(readOnly = true)
    public BatchSummary batch(UUID batchId) {
        return jdbc.sql("select id, kind, actor, description, reason, unit_count, created_units, created_at, "
                        + "undoes, undone_by "
                        + "from bulk_batch where id = :id")
                .param("id", batchId)
                .query(BatchSummary.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No batch " + batchId));
    }

    private long developmentOf(UUID batchId) {
        return jdbc.sql("select development_id from bulk_batch where id = :id")
                .param("id", batchId)
                .query(Long.class)
                .single();
    }

    private static String actor() {
        return Actors.current();
    }
}
