package com.propq.dashboard.sync;

import com.propq.dashboard.propq.PropqOutcome;
import com.propq.dashboard.propq.PropqOutcome.BadRequest;
import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.Forbidden;
import com.propq.dashboard.propq.PropqOutcome.MalformedResponse;
import com.propq.dashboard.propq.PropqOutcome.NotFound;
import com.propq.dashboard.propq.PropqOutcome.Redirected;
import com.propq.dashboard.propq.PropqOutcome.ServerError;
import com.propq.dashboard.propq.PropqOutcome.Success;
import com.propq.dashboard.propq.PropqOutcome.Timeout;
import com.propq.dashboard.propq.PropqOutcome.Unauthorized;
import com.propq.dashboard.propq.PropqOutcome.UnexpectedStatus;
import com.propq.dashboard.propq.PropqOutcome.ValidationFailed;
import com.propq.dashboard.propq.PropqOutcome.WrongMethod;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides retry or park, by PropQ's documented codes (docs/architecture.md, The outbox
 * rules), and how long a retry waits: exponential backoff with full jitter, capped, never shorter than a
 * Retry-After. Public only for {@link #asksAgainLater}, so that other PropQ callers (the publish-status poller)
 * follow the same transient rule.
 */
public final class DeliveryPolicy {

    /** Error text kept on the row and in the log. */
    static final int MAX_ERROR = 2000;

    private DeliveryPolicy() {
    }

    /**
     * Whether a failed call is a passing fault of PropQ or of the way to it (5xx, 408, 429, timeouts, refused
     * connections, a 2xx that is not PropQ's JSON), to be asked again later, rather than an answer.
     */
    public static boolean asksAgainLater(PropqOutcome.Failure<?> failure) {
        return decide(failure) instanceof DeliveryDecision.Retry;
    }

    static DeliveryDecision decide(PropqOutcome<?> outcome) {
        return switch (outcome) {
            case Success<?> s -> new DeliveryDecision.Deliver(200);
            // PropQ (or the way to it) is down or overloaded: wait and try again, however long it takes.
            case ServerError<?> e -> new DeliveryDecision.Retry(e.status(), cut(e.body()), e.retryAfter());
            case Timeout<?> e -> new DeliveryDecision.Retry(0, cut(e.message()), null);
            case ConnectionFailed<?> e -> new DeliveryDecision.Retry(0, cut(e.message()), null);
            // A 2xx that is not PropQ's JSON comes from something in between (a proxy's page): a passing fault.
            case MalformedResponse<?> e -> new DeliveryDecision.Retry(e.status(), cut(e.body()), null);
            case UnexpectedStatus<?> e when e.status() == 429 || e.status() == 408 || e.status() >= 500 ->
                    new DeliveryDecision.Retry(e.status(), cut(e.body()), e.retryAfter());
            // The client already got a new token and retried once: this one is about the credentials.
            case Unauthorized<?> e -> new DeliveryDecision.Park(401, cut(e.body()), Map.of(), true);
            case ValidationFailed<?> e -> new DeliveryDecision.Park(422, cut(e.body()), e.fieldErrors(), false);
            case Redirected<?> e -> new DeliveryDecision.Park(e.status(),
                    cut((e.location() == null ? "" : "Location: " + e.location() + "\n") + e.body()), Map.of(), false);
            case BadRequest<?> e -> park(e.status(), e.body());
            case Forbidden<?> e -> park(e.status(), e.body());
            case NotFound<?> e -> park(e.status(), e.body());
            case WrongMethod<?> e -> park(e.status(), e.body());
            // Any other 4xx the document does not list: a refusal, not an outage.
            case UnexpectedStatus<?> e -> park(e.status(), e.body());
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

    private static DeliveryDecision.Park park(int status, String body) {
        return new DeliveryDecision.Park(status, cut(body), Map.of(), false);
    }

    static String cut(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
    }
}
