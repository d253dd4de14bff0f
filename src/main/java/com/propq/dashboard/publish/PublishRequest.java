package com.propq.dashboard.publish;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One publish request as the pages show it: who asked, when, where it stands, PropQ's last status and error. */
public record PublishRequest(
        long id,
        long developmentId,
        String propqDevelopmentId,
        String developmentName,
        String requestedBy,
        Instant requestedAt,
        PublishState state,
        @Nullable Instant finishedAt,
        @Nullable String error,
        @Nullable String lastStatus) {}
