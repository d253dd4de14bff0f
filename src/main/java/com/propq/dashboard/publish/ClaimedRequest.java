package com.propq.dashboard.publish;

import java.util.UUID;

/** A PUBLISHING request one poller holds for one status call. */
record ClaimedRequest(
        long id,
        long developmentId,
        String propqDevelopmentId,
        String developmentName,
        int pollAttempts,
        UUID claimToken) {}
