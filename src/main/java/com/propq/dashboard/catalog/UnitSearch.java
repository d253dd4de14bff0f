package com.propq.dashboard.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The units search across developments: the unit grid's filter, optionally one development, and a fragment of the
 * developments' location (matched regardless of case and accents, as the developments list matches it).
 */
public record UnitSearch(
        UnitFilter filter,
        @Nullable Long developmentId,
        @Nullable String locationContains) {

    public static final UnitSearch ALL = new UnitSearch(UnitFilter.NONE, null, null);
}
