package com.propq.dashboard.sync;

/** Where an undelivered outbox row stands (a delivered row is gone). */
public enum OutboxState {
    PENDING,
    SENDING,
    PARKED;

    /** The badge a unit with a row in this state shows. */
    public SyncBadge badge() {
        return switch (this) {
            case PENDING -> SyncBadge.PENDING;
            case SENDING -> SyncBadge.SENDING;
            case PARKED -> SyncBadge.NEEDS_FIX;
        };
    }
}
