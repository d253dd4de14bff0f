package com.propq.dashboard.history;

/** Why a change happened, as the history page filters it. */
public enum HistoryKind {
    CATALOG_EDIT,
    BULK_BATCH,
    IMPORT,
    /** Puts back what a bulk change, import or undo changed. */
    UNDO,
    HOLD_EXPIRY,
    PUBLISH,
    SYNC_QUEUE_ACTION,
    USER_ADMIN
}
