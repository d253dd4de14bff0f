package com.propq.dashboard.propq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What we know about the stored access token, without its value. */
public record PropqTokenState(
        boolean present,
        @Nullable Instant issuedAt,
        @Nullable Instant expiresAt) {

    static PropqTokenState none() {
        return new PropqTokenState(false, null, null);
    }

    public boolean expiresWithin(Duration period, Clock clock) {
        return present
                && expiresAt != null
                && !expiresAt.isAfter(clock.instant().plus(period));
    }
}
