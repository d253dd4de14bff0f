package com.propq.dashboard.sync;

/** Where a unit's latest change stands with PropQ, as the grid and the editor show it. */
public enum SyncBadge {
    /** PropQ has the unit's latest state. */
    SYNCED,
    /** A change is queued. */
    PENDING,
    /** A change is being sent right now. */
    SENDING,
    /** PropQ refused the change; someone must fix the data (or an admin retry or discard it). */
    NEEDS_FIX,
    /** Nothing of this unit was ever sent. */
    NEVER_SENT
}
