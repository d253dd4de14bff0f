package com.propq.dashboard.catalog;

import java.util.List;

/**
 * What an import would do: the units it creates (names new in the development), the changed units (before and
 * after), how many are unchanged, every invalid line.
 */
public record ImportDryRun(
        long developmentId,
        List<NewUnitLine> created,
        List<BulkLine> changed,
        int unchanged,
        List<InvalidLine> invalid) {

    public ImportDryRun {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        invalid = List.copyOf(invalid);
    }

    public boolean canApply() {
        return invalid.isEmpty() && (!changed.isEmpty() || !created.isEmpty());
    }

    /** Applied, it could never be undone: PropQ has no way to delete a unit. */
    public boolean createsUnits() {
        return !created.isEmpty();
    }
}
