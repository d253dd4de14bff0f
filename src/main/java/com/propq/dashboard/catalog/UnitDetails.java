package com.propq.dashboard.catalog;

import com.propq.dashboard.sync.SyncState;

/** One unit as its editor shows it: identity, editable values, version for optimistic locking, sync state. */
public record UnitDetails(long id, long developmentId, String name, UnitValues values, long version,
                          SyncState sync) {
}
