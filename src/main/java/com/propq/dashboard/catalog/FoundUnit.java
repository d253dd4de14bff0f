package com.propq.dashboard.catalog;

import org.jspecify.annotations.Nullable;

/** One line of the units search: a unit and the development it belongs to. */
public record FoundUnit(
        UnitRow unit,
        long developmentId,
        String developmentName,
        @Nullable String location) {}
