package com.propq.dashboard.publish;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A development's latest publish as the overview shows it.
 *
 * @param status PropQ's {@code DevStatus} as it came (unknown values kept), or the request's own state
 * @param failed whether it failed or timed out (it then also shows among the things that need attention)
 */
public record PublishSummary(
        long developmentId,
        String developmentName,
        String status,
        @Nullable Instant updatedAt,
        boolean failed) {}
