package com.propq.dashboard.sync;

import org.jspecify.annotations.Nullable;

/** A unit's undelivered outbox row as the badges need it; {@code fieldErrors} as stored: JSON by PropQ's names. */
record UnitOutboxRow(
        long unitId,
        OutboxState state,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        @Nullable String fieldErrors) {}
