package com.propq.dashboard.sync;

/** Where an undelivered outbox row stands (a delivered row is gone). */
public enum OutboxState {
    PENDING, SENDING, PARKED
}
