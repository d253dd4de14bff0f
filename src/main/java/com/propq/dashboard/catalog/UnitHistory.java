package com.propq.dashboard.catalog;

import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Turns a unit's before and after into one history entry per changed field. */
final class UnitHistory {

    private record Field(String name, Function<UnitValues, @Nullable String> value) {}

    private static final List<Field> FIELDS = List.of(
            new Field("status", v -> v.status().name()),
            new Field("price", v -> plain(v.price())),
            new Field("directions", v -> v.directions().stream().map(Enum::name).collect(Collectors.joining(","))),
            new Field("block", UnitValues::block),
            new Field("floor", v -> v.floor() == null ? null : v.floor().toString()),
            new Field(
                    "bedrooms", v -> v.bedrooms() == null ? null : v.bedrooms().toString()),
            new Field("builtArea", v -> plain(v.builtArea())),
            new Field("notes", UnitValues::notes),
            new Field("holdReason", UnitValues::holdReason),
            new Field(
                    "holdUntil",
                    v -> v.holdUntil() == null ? null : v.holdUntil().toString()));

    private UnitHistory() {}

    /** The unit an entry is about, as it is after the change. */
    record Subject(long id, String name, long developmentId, long version) {

        static Subject of(Unit unit) {
            return new Subject(
                    unit.getId(), unit.getName(), unit.getDevelopment().getId(), unit.getVersion());
        }
    }

    static List<HistoryEntry> changes(
            String actor,
            HistoryKind kind,
            Unit unit,
            UnitValues before,
            UnitValues after,
            @Nullable String reason,
            @Nullable UUID batchId) {
        return changes(actor, kind, Subject.of(unit), before, after, reason, batchId);
    }

    static List<HistoryEntry> changes(
            String actor,
            HistoryKind kind,
            Subject unit,
            UnitValues before,
            UnitValues after,
            @Nullable String reason,
            @Nullable UUID batchId) {
        var entries = new ArrayList<HistoryEntry>();
        for (var field : FIELDS) {
            var old = field.value().apply(before);
            var now = field.value().apply(after);
            if (!Objects.equals(old, now)) {
                entries.add(entry(actor, kind, unit, field.name(), old, now, reason, batchId));
            }
        }
        return entries;
    }

    static HistoryEntry created(String actor, HistoryKind kind, Unit unit, @Nullable UUID batchId) {
        var values = unit.values();
        var summary = values.status().name() + " " + plain(values.price());
        return entry(actor, kind, Subject.of(unit), "created", null, summary, null, batchId);
    }

    private static HistoryEntry entry(
            String actor,
            HistoryKind kind,
            Subject unit,
            String field,
            @Nullable String old,
            @Nullable String now,
            @Nullable String reason,
            @Nullable UUID batchId) {
        return new HistoryEntry(
                actor,
                kind,
                HistoryEntityType.UNIT,
                unit.id(),
                unit.name(),
                unit.developmentId(),
                unit.id(),
                unit.version(),
                field,
                old,
                now,
                reason,
                batchId);
    }

    /**
     * The inverse of {@link #changes}: the values with each field named in {@code oldValues} set back
     * to the value recorded there (used to undo a batch).
     */
    static UnitValues restore(UnitValues current, java.util.Map<String, @Nullable String> oldValues) {
        java.util.function.BiFunction<String, @Nullable String, @Nullable String> value =
                (field, now) -> oldValues.containsKey(field) ? oldValues.get(field) : now;
        var status = UnitStatus.valueOf(value.apply("status", current.status().name()));
        var price = new BigDecimal(value.apply("price", plain(current.price())));
        var directionText = value.apply(
                "directions", current.directions().stream().map(Enum::name).collect(Collectors.joining(",")));
        var directions = java.util.EnumSet.noneOf(Direction.class);
        if (directionText != null && !directionText.isBlank()) {
            java.util.Arrays.stream(directionText.split(","))
                    .map(Direction::valueOf)
                    .forEach(directions::add);
        }
        var floor = value.apply(
                "floor", current.floor() == null ? null : current.floor().toString());
        var bedrooms = value.apply(
                "bedrooms",
                current.bedrooms() == null ? null : current.bedrooms().toString());
        var builtArea = value.apply("builtArea", plain(current.builtArea()));
        var holdUntil = value.apply(
                "holdUntil",
                current.holdUntil() == null ? null : current.holdUntil().toString());
        return new UnitValues(
                status,
                price,
                directions,
                value.apply("block", current.block()),
                floor == null ? null : Integer.valueOf(floor),
                bedrooms == null ? null : Integer.valueOf(bedrooms),
                builtArea == null ? null : new BigDecimal(builtArea),
                value.apply("notes", current.notes()),
                status == UnitStatus.HOLD ? value.apply("holdReason", current.holdReason()) : null,
                status == UnitStatus.HOLD && holdUntil != null ? java.time.LocalDate.parse(holdUntil) : null);
    }

    static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
