package com.propq.dashboard.sync;

import org.jspecify.annotations.Nullable;

/** Event: PropQ refused a development's publish request; the row is parked with PropQ's answer. */
public record PublishParked(
        long developmentId,
        String propqDevelopmentId,
        @Nullable Long publishRequestId,
        int status,
        String error) {}
