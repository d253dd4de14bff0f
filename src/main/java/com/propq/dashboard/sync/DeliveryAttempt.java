package com.propq.dashboard.sync;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt from the delivery log.
 *
 * @param httpStatus 0 when no response arrived
 * @param outcome    DELIVERED, RETRY or PARKED
 */
public record DeliveryAttempt(
        @Nullable Instant attemptedAt,
        long version,
        @Nullable Long unitVersion,
        int durationMs,
        int httpStatus,
        String outcome,
        @Nullable String error) {}
