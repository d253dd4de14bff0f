package com.propq.dashboard.catalog;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.Roles;
import com.propq.dashboard.history.HistoryKind;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV price list: export of the filtered units, and an import that first shows a dry run
 * (new units, changed, unchanged, every invalid line with its number and reason), then applies all or nothing.
 * A line whose name the development does not have yet creates that unit.
 */
@Service
@Transactional
public class PriceListService {

    static final int MAX_LINES = 100_000;
    /** The largest price list file accepted. */
    public static final long MAX_FILE_BYTES = PriceListFile.MAX_BYTES;
    /** No development has this id (they come from a sequence starting at 1), so it has no units. */
    private static final long NO_DEVELOPMENT = 0;

    private final CatalogQueries queries;
    private final UnitRepository units;
    private final UnitRules rules;
    private final BatchApplier applier;

    PriceListService(CatalogQueries queries, UnitRepository units, UnitRules rules, BatchApplier applier) {
        this.queries = queries;
        this.units = units;
        this.rules = rules;
        this.applier = applier;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
    public void export(long developmentId, UnitFilter filter, OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var printer = PriceListCsv.printer(writer);
            queries.forEachUnit(developmentId, filter, (name, values) -> {
                try {
                    PriceListCsv.print(printer, name, values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the whole file and says what applying it would do; changes nothing. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public ImportDryRun dryRun(long developmentId, InputStream csv, String reason, @Nullable IntConsumer progress) {
        var byName = new HashMap<String, Unit>();
        units.findByDevelopmentId(developmentId)
                .forEach(u -> byName.put(u.getName().toLowerCase(Locale.ROOT), u));
        var created = new ArrayList<NewUnitLine>();
        var changed = new ArrayList<BulkLine>();
        var invalid = new ArrayList<InvalidLine>();
        var seen = new HashSet<String>();
        int unchanged = 0;
        try (var parser = CSVParser.builder()
                .setReader(PriceListFile.open(csv))
                .setFormat(PriceListCsv.READ)
                .get()) {
            var missing = PriceListCsv.COLUMNS.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                invalid.add(new InvalidLine(1, "", "import.missing-columns", List.of(String.join(", ", missing))));
                return new ImportDryRun(developmentId, List.of(), List.of(), 0, invalid);
            }
            int count = 0;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (++count > MAX_LINES) {
                    invalid.add(new InvalidLine(line, "", "import.too-many-lines", List.of(MAX_LINES)));
                    break;
                }
                if (progress != null && count % 500 == 0) {
                    progress.accept(count);
                }
                var name = PriceListCsv.cell(record, "name").strip();
                var unit = byName.get(name.toLowerCase(Locale.ROOT));
                var nameProblems = unit == null ? rules.checkName(name) : List.<FieldProblem>of();
                if (!nameProblems.isEmpty()) {
                    var first = nameProblems.getFirst();
                    invalid.add(new InvalidLine(line, name, first.field(), first.messageKey(), first.parameters()));
                    continue;
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    invalid.add(new InvalidLine(line, name, "import.duplicate-unit", List.of(name)));
                    continue;
                }
                var parsed = parse(record, unit == null ? null : unit.values(), reason);
                if (parsed.problem() != null) {
                    invalid.add(new InvalidLine(
                            line,
                            name,
                            parsed.problem().messageKey(),
                            parsed.problem().parameters()));
                    continue;
                }
                var values = Objects.requireNonNull(parsed.values());
                var problems = new ArrayList<>(rules.checkValues(values));
                problems.addAll(rules.checkHold(unit == null ? null : unit.values(), values));
                if (!problems.isEmpty()) {
                    var first = problems.getFirst();
                    invalid.add(new InvalidLine(line, name, first.field(), first.messageKey(), first.parameters()));
                    continue;
                }
                if (unit == null) {
                    created.add(new NewUnitLine(line, name, values));
                } else if (values.equals(unit.values())) {
                    unchanged++;
                } else {
                    changed.add(new BulkLine(unit.getId(), unit.getName(), unit.getVersion(), unit.values(), values));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            var problem = PriceListFile.Problem.in(e);
            invalid.add(new InvalidLine(0, "", problem.messageKey(), problem.parameters()));
        }
        return new ImportDryRun(developmentId, created, changed, unchanged, invalid);
    }

    /** The dry run of a price list for a development not created yet: every valid line is a new unit. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public ImportDryRun dryRunForNewDevelopment(InputStream csv) {
        return dryRun(NO_DEVELOPMENT, csv, "", null);
    }

    /** Applies a clean dry run as one batch, or nothing: a file with any invalid line is refused whole. */
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public BatchResult apply(ImportDryRun dryRun, String reason) {
        if (!dryRun.invalid().isEmpty()) {
            throw new CatalogValidationException(List.of(new FieldProblem(
                    "file", "import.has-invalid-lines", dryRun.invalid().size())));
        }
        if (!dryRun.canApply()) {
            throw new CatalogValidationException(List.of(new FieldProblem("file", "bulk.nothing-to-change")));
        }
        return applyTo(dryRun.developmentId(), dryRun, reason);
    }

    /** The import as one batch of the development: its new units created, its changed units changed. */
    BatchResult applyTo(long developmentId, ImportDryRun dryRun, @Nullable String reason) {
        var description = dryRun.created().isEmpty()
                ? "import of " + dryRun.changed().size() + " units"
                : "import of " + dryRun.changed().size() + " units, "
                        + dryRun.created().size() + " new";
        return applier.apply(
                developmentId,
                HistoryKind.IMPORT,
                Actors.current(),
                description,
                reason,
                dryRun.changed().stream().map(BulkLine::planned).toList(),
                dryRun.created(),
                null);
    }

    /** Values, or the problem that left the line without them. */
    private record Parsed(
            @Nullable UnitValues values, @Nullable FieldProblem problem) {
        static Parsed problem(String key, Object... parameters) {
            return new Parsed(null, new FieldProblem("line", key, parameters));
        }
    }

    /**
     * One line's values; hold details are kept while the unit stays on hold (the file has no columns for them).
     * {@code current} is null for a unit the line creates.
     */
    private static Parsed parse(CSVRecord record, @Nullable UnitValues current, String reason) {
        UnitStatus status;
        try {
            status = UnitStatus.valueOf(PriceListCsv.cell(record, "status").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Parsed.problem("import.bad-status", PriceListCsv.cell(record, "status"));
        }
        BigDecimal price;
        try {
            price = new BigDecimal(PriceListCsv.cell(record, "price"));
        } catch (NumberFormatException e) {
            return Parsed.problem("import.bad-number", "price", PriceListCsv.cell(record, "price"));
        }
        var directions = EnumSet.noneOf(Direction.class);
        for (var token :
                PriceListCsv.cell(record, "directions").toUpperCase(Locale.ROOT).split("[\\s,|]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                directions.add(Direction.valueOf(token));
            } catch (IllegalArgumentException e) {
                return Parsed.problem("import.bad-direction", token);
            }
        }
        Integer floor;
        Integer bedrooms;
        BigDecimal builtArea;
        try {
            floor = integer(PriceListCsv.cell(record, "floor"));
        } catch (NumberFormatException e) {
            return Parsed.problem("import.bad-number", "floor", PriceListCsv.cell(record, "floor"));
        }
        try {
            bedrooms = integer(PriceListCsv.cell(record, "bedrooms"));
        } catch (NumberFormatException e) {
            return Parsed.problem("import.bad-number", "bedrooms", PriceListCsv.cell(record, "bedrooms"));
        }
        try {
            builtArea = PriceListCsv.cell(record, "built_area").isBlank()
                    ? null
                    : new BigDecimal(PriceListCsv.cell(record, "built_area"));
        } catch (NumberFormatException e) {
            return Parsed.problem("import.bad-number", "built_area", PriceListCsv.cell(record, "built_area"));
        }
        var stillOnHold =
                status == UnitStatus.HOLD && current != null && current.status() == UnitStatus.HOLD ? current : null;
        var holdReason = status != UnitStatus.HOLD ? null : stillOnHold != null ? stillOnHold.holdReason() : reason;
        var holdUntil = stillOnHold != null ? stillOnHold.holdUntil() : null;
        return new Parsed(
                new UnitValues(
                        status,
                        price,
                        directions,
                        PriceListCsv.cell(record, "block"),
                        floor,
                        bedrooms,
                        builtArea,
                        PriceListCsv.cell(record, "notes"),
                        holdReason,
                        holdUntil),
                null);
    }

    private static @Nullable Integer integer(String text) {
        return text.isBlank() ? null : Integer.valueOf(text);
    }
}
