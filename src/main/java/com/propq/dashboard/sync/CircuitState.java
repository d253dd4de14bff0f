package com.propq.dashboard.sync;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The shared circuit breaker's row: open while PropQ has been unreachable since a time. */
record CircuitState(
        int consecutiveFailures,
        @Nullable Instant unreachableSince,
        @Nullable Instant nextProbeAt) {

    boolean open() {
        return unreachableSince != null;
    }
}
