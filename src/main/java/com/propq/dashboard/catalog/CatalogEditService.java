package com.propq.dashboard.catalog;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.Roles;
import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.sync.OutboxLane;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.SyncStatusService;
import com.propq.dashboard.sync.UnitState;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every edit of the catalog, one transaction per user intent: the catalog rows, their change
 * history and the unit's outbox row commit together or not at all.
 */
@Service
@Transactional
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class CatalogEditService {

    private final UnitRepository units;
    private final DevelopmentRepository developments;
    private final UnitRules rules;
    private final HistoryWriter history;
    private final OutboxWriter outbox;
    private final SyncStatusService sync;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PriceListService importer;

    CatalogEditService(
            UnitRepository units,
            DevelopmentRepository developments,
            UnitRules rules,
            HistoryWriter history,
            OutboxWriter outbox,
            SyncStatusService sync,
            Clock clock,
            TransactionTemplate transactions,
            PriceListService importer) {
        this.transactions = transactions;
        this.importer = importer;
        this.units = units;
        this.developments = developments;
        this.rules = rules;
        this.history = history;
        this.outbox = outbox;
        this.sync = sync;
        this.clock = clock;
    }

    /**
     * Saves an edit made on version {@code expectedVersion}; if someone saved in between, nothing is
     * saved and the conflict carries their values.
     */
    public UnitDetails saveUnit(long unitId, long expectedVersion, UnitValues values, @Nullable String reason) {
        var unit =
                units.findWithDevelopment(unitId).orElseThrow(() -> new IllegalArgumentException("No unit " + unitId));
        if (unit.getVersion() != expectedVersion) {
            throw new UnitEditConflictException(unit.details());
        }
        var before = unit.values();
        var problems = new ArrayList<>(rules.checkValues(values));
        problems.addAll(rules.checkChange(before, values, reason));
        problems.addAll(rules.checkHold(before, values));
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        if (before.equals(values)) {
            return unit.details();
        }
        unit.apply(values, clock.instant());
        units.flush();
        history.recordAll(UnitHistory.changes(
                actor(), HistoryKind.CATALOG_EDIT, unit, before, unit.values(), UnitValues.blankToNull(reason), null));
        outbox.queueUnit(state(unit), OutboxLane.INTERACTIVE);
        return unit.details();
    }

    /** A new unit, with a name unique in its development (case-insensitively, as people read it). */
    public UnitDetails createUnit(long developmentId, String name, UnitValues values) {
        var development = developments
                .findById(developmentId)
                .orElseThrow(() -> new IllegalArgumentException("No development " + developmentId));
        var problems = new ArrayList<>(rules.checkName(name));
        problems.addAll(rules.checkValues(values));
        problems.addAll(rules.checkHold(null, values));
        if (problems.isEmpty() && units.existsByDevelopmentIdAndNameIgnoreCase(developmentId, name.strip())) {
            problems.add(new FieldProblem("name", "validation.name.taken", name.strip()));
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        var now = clock.instant();
        var unit = new Unit(development, name.strip(), values, now);
        units.saveAndFlush(unit);
        history.record(UnitHistory.created(actor(), HistoryKind.CATALOG_EDIT, unit, null));
        outbox.queueUnit(state(unit), OutboxLane.INTERACTIVE);
        return unit.details();
    }

    public DevelopmentDetails saveDevelopment(
            long developmentId,
            long expectedVersion,
            String propqId,
            String name,
            @Nullable String location,
            @Nullable String notes) {
        var development = developments
                .findById(developmentId)
                .orElseThrow(() -> new IllegalArgumentException("No development " + developmentId));
        boolean locked = sync.everDelivered(developmentId);
        if (development.getVersion() != expectedVersion) {
            throw new CatalogValidationException(List.of(new FieldProblem("name", "validation.development.conflict")));
        }
        var problems = new ArrayList<FieldProblem>();
        var newPropqId = propqId == null ? "" : propqId.strip();
        var newName = name == null ? "" : name.strip();
        if (newName.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (newPropqId.isEmpty()) {
            problems.add(new FieldProblem("propqId", "validation.required"));
        } else if (!newPropqId.equals(development.getPropqId())) {
            if (locked) {
                problems.add(new FieldProblem("propqId", "validation.development.propq-id-locked"));
            } else {
                propqIdTaken(newPropqId, developmentId).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        var entries = new ArrayList<HistoryEntry>();
        diff(entries, development, "propqId", development.getPropqId(), newPropqId);
        diff(entries, development, "name", development.getName(), newName);
        diff(entries, development, "location", development.getLocation(), UnitValues.blankToNull(location));
        diff(entries, development, "notes", development.getNotes(), UnitValues.blankToNull(notes));
        if (!newPropqId.equals(development.getPropqId())) {
            outbox.retargetDevelopment(developmentId, newPropqId);
        }
        development.edit(
                newPropqId, newName, UnitValues.blankToNull(location), UnitValues.blankToNull(notes), clock.instant());
        developments.flush();
        history.recordAll(entries);
        return detailsOf(development, locked);
    }

    /**
     * A new development, with its change-history entry, in one transaction; with a price list's dry run, also all
     * its units (as one import batch) in the same transaction. Of two creations with one PropQ id at once, the
     * database's unique constraint lets one win; the other gets the same message as a taken id.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DevelopmentDetails createDevelopment(
            NewDevelopment input, @Nullable ImportDryRun priceList, @Nullable String reason) {
        var propqId = input.propqId() == null ? "" : input.propqId().strip();
        var name = input.name() == null ? "" : input.name().strip();
        var problems = new ArrayList<FieldProblem>();
        if (propqId.isEmpty()) {
            problems.add(new FieldProblem("propqId", "validation.required"));
        } else {
            transactions.executeWithoutResult(t -> propqIdTaken(propqId, null).ifPresent(problems::add));
        }
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (priceList != null && !priceList.invalid().isEmpty()) {
            problems.add(new FieldProblem(
                    "file", "import.has-invalid-lines", priceList.invalid().size()));
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        try {
            return transactions.execute(t -> {
                var development = developments.saveAndFlush(new Development(
                        propqId,
                        name,
                        UnitValues.blankToNull(input.location()),
                        UnitValues.blankToNull(input.notes()),
                        clock.instant()));
                history.record(new HistoryEntry(
                        actor(),
                        HistoryKind.CATALOG_EDIT,
                        HistoryEntityType.DEVELOPMENT,
                        development.getId(),
                        development.getName(),
                        development.getId(),
                        null,
                        null,
                        "created",
                        null,
                        propqId,
                        null,
                        null));
                if (priceList != null && priceList.createsUnits()) {
                    importer.applyTo(development.getId(), priceList, reason);
                }
                return detailsOf(development, false);
            });
        } catch (DataIntegrityViolationException sameIdMeanwhile) {
            var taken = transactions.execute(t -> propqIdTaken(propqId, null));
            throw new CatalogValidationException(List.of(
                    taken != null && taken.isPresent()
                            ? taken.get()
                            : new FieldProblem("propqId", "validation.development.propq-id-taken", propqId, "")));
        }
    }

    /** "Another development already has this id", naming it, so the user knows which one. */
    private Optional<FieldProblem> propqIdTaken(String propqId, @Nullable Long exceptDevelopmentId) {
        return developments
                .findByPropqId(propqId)
                .filter(other -> !other.getId().equals(exceptDevelopmentId))
                .map(other ->
                        new FieldProblem("propqId", "validation.development.propq-id-taken", propqId, other.getName()));
    }

    private static DevelopmentDetails detailsOf(Development development, boolean locked) {
        return new DevelopmentDetails(
                development.getId(),
                development.getPropqId(),
                development.getName(),
                development.getLocation(),
                development.getNotes(),
                development.getVersion(),
                locked);
    }

    private void diff(
            List<HistoryEntry> entries,
            Development development,
            String field,
            @Nullable String old,
            @Nullable String now) {
        if (!Objects.equals(old, now)) {
            entries.add(new HistoryEntry(
                    actor(),
                    HistoryKind.CATALOG_EDIT,
                    HistoryEntityType.DEVELOPMENT,
                    development.getId(),
                    development.getName(),
                    development.getId(),
                    null,
                    null,
                    field,
                    old,
                    now,
                    null,
                    null));
        }
    }

    static UnitState state(Unit unit) {
        return state(
                unit.getDevelopment().getId(),
                unit.getDevelopment().getPropqId(),
                unit.getId(),
                unit.getName(),
                unit.getVersion(),
                unit.values());
    }

    static UnitState state(
            long developmentId,
            String propqDevelopmentId,
            long unitId,
            String unitName,
            long version,
            UnitValues values) {
        return new UnitState(
                developmentId,
                propqDevelopmentId,
                unitId,
                unitName,
                version,
                values.status().propqCode(),
                values.price(),
                values.directions().stream().map(Enum::name).toList());
    }

    private static String actor() {
        return Actors.current();
    }
}
