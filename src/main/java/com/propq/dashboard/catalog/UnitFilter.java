package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the unit grid shows: a name fragment, any of the statuses, a price range, any of the directions, a bedroom
 * range and a built-area range (m²). Empty sets and nulls mean "no restriction"; a range may be open at either end.
 */
public record UnitFilter(
        @Nullable String nameContains,
        Set<UnitStatus> statuses,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        Set<Direction> anyDirection,
        @Nullable Integer minBedrooms,
        @Nullable Integer maxBedrooms,
        @Nullable BigDecimal minBuiltArea,
        @Nullable BigDecimal maxBuiltArea) {

    public static final UnitFilter NONE = new UnitFilter(null, Set.of(), null, null, Set.of());

    public UnitFilter {
        statuses = Set.copyOf(statuses);
        anyDirection = Set.copyOf(anyDirection);
    }

    /** A filter without bedroom or built-area range. */
    public UnitFilter(
            @Nullable String nameContains,
            Set<UnitStatus> statuses,
            @Nullable BigDecimal minPrice,
            @Nullable BigDecimal maxPrice,
            Set<Direction> anyDirection) {
        this(nameContains, statuses, minPrice, maxPrice, anyDirection, null, null, null, null);
    }

    /** Whether this filter leaves any unit out (a blank name fragment restricts nothing). */
    public boolean restricts() {
        return nameContains != null && !nameContains.isBlank()
                || !statuses.isEmpty()
                || minPrice != null
                || maxPrice != null
                || !anyDirection.isEmpty()
                || minBedrooms != null
                || maxBedrooms != null
                || minBuiltArea != null
                || maxBuiltArea != null;
    }
}
