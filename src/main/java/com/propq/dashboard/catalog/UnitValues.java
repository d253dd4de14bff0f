package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything about a unit that can be edited (the name cannot: it is PropQ's key). */
public record UnitValues(UnitStatus status, BigDecimal price, Set<Direction> directions, @Nullable String block,
                         @Nullable Integer floor, @Nullable Integer bedrooms, @Nullable BigDecimal builtArea,
                         @Nullable String notes, @Nullable String holdReason, @Nullable LocalDate holdUntil) {

    public UnitValues {
        directions = directions.isEmpty() ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(directions);
        block = blankToNull(block);
        notes = blankToNull(notes);
        holdReason = blankToNull(holdReason);
    }

    public UnitValues withStatus(UnitStatus newStatus) {
        return new UnitValues(newStatus, price, directions, block, floor, bedrooms, builtArea, notes,
                newStatus == UnitStatus.HOLD ? holdReason : null, newStatus == UnitStatus.HOLD ? holdUntil : null);
    }

    public UnitValues withPrice(BigDecimal newPrice) {
        return new UnitValues(status, newPrice, directions, block, floor, bedrooms, builtArea, notes, holdReason,
                holdUntil);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
