package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything about a unit that can be edited (the name cannot: it is PropQ's key). */
public record UnitValues(
        UnitStatus status,
        BigDecimal price,
        Set<Direction> directions,
        @Nullable String block,
        @Nullable Integer floor,
        @Nullable Integer bedrooms,
        @Nullable BigDecimal builtArea,
        @Nullable String notes,
        @Nullable String holdReason,
        @Nullable LocalDate holdUntil) {

    public UnitValues {
        price = cents(price);
        builtArea = builtArea == null ? null : cents(builtArea);
        directions = directions.isEmpty() ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(directions);
        block = blankToNull(block);
        notes = blankToNull(notes);
        holdReason = blankToNull(holdReason);
    }

    public UnitValues withStatus(UnitStatus newStatus) {
        return new UnitValues(
                newStatus,
                price,
                directions,
                block,
                floor,
                bedrooms,
                builtArea,
                notes,
                newStatus == UnitStatus.HOLD ? holdReason : null,
                newStatus == UnitStatus.HOLD ? holdUntil : null);
    }

    public UnitValues withPrice(BigDecimal newPrice) {
        return new UnitValues(
                status, newPrice, directions, block, floor, bedrooms, builtArea, notes, holdReason, holdUntil);
    }

    public UnitValues withDirections(Set<Direction> newDirections) {
        return new UnitValues(
                status, price, newDirections, block, floor, bedrooms, builtArea, notes, holdReason, holdUntil);
    }

    /**
     * Amounts compare by value, whatever their scale (100000 equals 100000.00, as stored); more than
     * two decimals stay as typed so that the rules can refuse them.
     */
    private static BigDecimal cents(BigDecimal amount) {
        return amount == null || amount.scale() > 2 ? amount : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
