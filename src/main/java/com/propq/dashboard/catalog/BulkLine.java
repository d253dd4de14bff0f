package com.propq.dashboard.catalog;

/** One unit in a bulk preview: before and after, as it will be applied. */
public record BulkLine(long unitId, String unitName, long version, UnitValues before, UnitValues after) {

    public boolean changes() {
        return !before.equals(after);
    }

    PlannedChange planned() {
        return new PlannedChange(unitId, unitName, version, before, after);
    }
}
