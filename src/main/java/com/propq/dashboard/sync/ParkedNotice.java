package com.propq.dashboard.sync;

import org.jspecify.annotations.Nullable;

/**
 * A change PropQ refused, for the person who made it: the unit (null for a development's publish request) and
 * PropQ's answer.
 */
public record ParkedNotice(
        long outboxId,
        long developmentId,
        String developmentName,
        @Nullable Long unitId,
        @Nullable String unitName,
        @Nullable Integer lastStatus) {}
