package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.UnitRow;
import com.propq.dashboard.sync.SyncState;
import com.propq.dashboard.sync.SyncStatusService;
import java.util.List;

/**
 * A unit as the grid and the stacking plan show it: the catalog's row joined with sync's state. Two lines are
 * equal when both halves are, so a refresh that changes nothing keeps the stacking plan's tiles and focus.
 */
record UnitLine(UnitRow unit, SyncState sync) {

    /** Joins a fetched page of rows with their sync states, read in one lookup for the whole page. */
    static List<UnitLine> of(List<UnitRow> rows, SyncStatusService sync) {
        var states = sync.unitStates(rows.stream().map(UnitRow::id).toList());
        return rows.stream()
                .map(row -> new UnitLine(row, states.getOrDefault(row.id(), SyncState.NEVER_SENT)))
                .toList();
    }
}
