package com.propq.dashboard.catalog;

import com.propq.dashboard.sync.SyncStatusService;
import org.springframework.stereotype.Component;

/** Builds a unit's editor view (values, version, sync state) for both catalog services. */
@Component
class UnitDetailsReader {

    private final SyncStatusService sync;

    UnitDetailsReader(SyncStatusService sync) {
        this.sync = sync;
    }

    UnitDetails details(Unit unit) {
        return new UnitDetails(unit.getId(), unit.getDevelopment().getId(), unit.getName(), unit.values(),
                unit.getVersion(), sync.unitState(unit.getId()));
    }
}
