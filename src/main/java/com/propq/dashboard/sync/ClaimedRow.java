package com.propq.dashboard.sync;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An outbox row this instance claimed, as it was when claimed: what is sent, and what proves the claim. */
record ClaimedRow(
        long id,
        OutboxKind kind,
        OutboxLane lane,
        long developmentId,
        String propqDevelopmentId,
        @Nullable Long unitId,
        @Nullable String unitName,
        @Nullable Long unitVersion,
        String payload,
        long version,
        int attempts,
        UUID claimToken) {}
