package com.propq.dashboard.publish;

import java.time.Instant;

/** One distinct DevStatus a request went through (exactly as PropQ sent it), first and last seen. */
public record PublishStatusEvent(
        long requestId, String status, Instant firstSeenAt, Instant lastSeenAt, int observations, String source) {}
