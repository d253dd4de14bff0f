package com.propq.dashboard.catalog;

/** One unit's part of a batch: the state it must still be in, and what it becomes. */
public record PlannedChange(long unitId, String unitName, long expectedVersion, UnitValues before, UnitValues after) {}
