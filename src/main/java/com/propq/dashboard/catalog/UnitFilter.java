package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the unit grid shows: a name fragment, any of the statuses, a price range and any of the
 * directions. Empty sets and nulls mean "no restriction".
 */
public record UnitFilter(
        @Nullable String nameContains,
        Set<UnitStatus> statuses,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        Set<Direction> anyDirection) {

    public static final UnitFilter NONE = new UnitFilter(null, Set.of(), null, null, Set.of());

    public UnitFilter {
        statuses = Set.copyOf(statuses);
        anyDirection = Set.copyOf(anyDirection);
    }
}
