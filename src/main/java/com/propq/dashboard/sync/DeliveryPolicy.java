package com.propq.dashboard.sync;

import com.propq.dashboard.propq.PropqOutcome;
import com.propq.dashboard.propq.PropqOutcome.Failure;
import com.propq.dashboard.propq.PropqOutcome.Success;
import com.propq.dashboard.propq.PropqOutcome.Unauthorized;
import com.propq.dashboard.propq.PropqOutcome.ValidationFailed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides retry or park of an outbox row, by PropQ's documented codes (docs/architecture.md,
 * The outbox rules), and how long a retry waits: exponential backoff with full jitter, capped, never shorter than a
 * Retry-After. What counts as a passing fault is {@link PropqOutcome.Failure#isTransient}'s to say, so that other
 * PropQ callers (the publish-status poller) follow the same rule.
 */
final class DeliveryPolicy {

    /** Error text kept on the row and in the log. */
    static final int MAX_ERROR = 2000;

    private DeliveryPolicy() {}

    static DeliveryDecision decide(PropqOutcome<?> outcome) {
        return switch (outcome) {
            case Success<?> s -> new DeliveryDecision.Deliver(200);
            // PropQ (or the way to it) is down, overloaded or answered through a proxy's page: wait and try again,
            // however long it takes.
            case Failure<?> e
            when e.isTransient() -> new DeliveryDecision.Retry(e.status(), cut(e.answer()), e.retryAfter());
            // The client already got a new token and retried once: this one is about the credentials.
            case Unauthorized<?> e -> new DeliveryDecision.Park(401, cut(e.body()), Map.of(), true);
            case ValidationFailed<?> e -> new DeliveryDecision.Park(422, cut(e.body()), e.fieldErrors(), false);
            // Any other refusal (a redirect, 400, 403, 404, 419, a 4xx the document does not list), not an outage.
            case Failure<?> e -> new DeliveryDecision.Park(e.status(), cut(e.answer()), Map.of(), false);
        };
    }

    /**
     * The wait before the next attempt: a random duration between 0 and {@code min(cap, base * 2^attempts)}
     * (full jitter, so many rows failing together do not retry together), but at least PropQ's Retry-After.
     */
    static Duration backoff(int attempts, Duration base, Duration cap, @Nullable Duration retryAfter) {
        var ceiling = base.toMillis() << Math.min(Math.max(attempts, 0), 30);
        var bounded = Math.max(1, Math.min(cap.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling));
        var jittered = Duration.ofMillis(ThreadLocalRandom.current().nextLong(bounded + 1));
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }

    static String cut(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
    }
}
