package com.propq.dashboard.catalog;

import java.util.List;

/** What an import would do: the changed units (before and after), how many are unchanged, every invalid line. */
public record ImportDryRun(long developmentId, List<BulkLine> changed, int unchanged, List<InvalidLine> invalid) {

    public ImportDryRun {
        changed = List.copyOf(changed);
        invalid = List.copyOf(invalid);
    }

    public boolean canApply() {
        return invalid.isEmpty() && !changed.isEmpty();
    }
}
