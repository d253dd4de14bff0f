package com.propq.dashboard.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What happens to an outbox row after PropQ answered (or did not): decided by {@link DeliveryPolicy} alone. */
sealed interface DeliveryDecision {

    /** The HTTP status to log; 0 when no response arrived. */
    int status();

    /** PropQ's answer (or the network's error) to keep, cut for the log; null on success. */
    @Nullable
    String error();

    /** PropQ accepted the request. */
    record Deliver(int status) implements DeliveryDecision {
        @Override
        public @Nullable String error() {
            return null;
        }
    }

    /**
     * PropQ is down, slow or asks us to slow down: try again later, never park. Such failures in a row open the
     * circuit.
     *
     * @param retryAfter the minimum wait PropQ asked for, if it did
     */
    record Retry(int status, String error, @Nullable Duration retryAfter) implements DeliveryDecision {}

    /**
     * PropQ refused the request as it is: park it until the data is fixed or an admin acts.
     *
     * @param fieldErrors        a 422's field errors by PropQ field name; empty otherwise
     * @param credentialsRefused a 401 even with a fresh token: the client id or secret is wrong
     */
    record Park(int status, String error, Map<String, List<String>> fieldErrors, boolean credentialsRefused)
            implements DeliveryDecision {}
}
