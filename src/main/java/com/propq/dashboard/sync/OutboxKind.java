package com.propq.dashboard.sync;

/** What an outbox row asks PropQ to do. */
enum OutboxKind {
    /** update-by-name with the unit's full state. */
    UNIT,
    /** publish the development, once no unit row of it is pending or in flight. */
    PUBLISH
}
