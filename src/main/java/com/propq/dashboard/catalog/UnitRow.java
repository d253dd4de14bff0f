package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the unit grid: catalog data only (the pages join each unit's sync state themselves). */
public record UnitRow(
        long id,
        String name,
        UnitStatus status,
        BigDecimal price,
        Set<Direction> directions,
        @Nullable String block,
        @Nullable Integer floor,
        @Nullable Integer bedrooms,
        @Nullable BigDecimal builtArea,
        long version) {}
