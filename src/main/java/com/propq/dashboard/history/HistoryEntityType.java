package com.propq.dashboard.history;

/** What a history entry is about. */
public enum HistoryEntityType {
    DEVELOPMENT,
    UNIT,
    USER,
    OUTBOX,
    PUBLISH_REQUEST
}
