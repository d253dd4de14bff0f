package com.propq.dashboard.propq.ui;

import com.propq.dashboard.propq.PropqOutcome;
import org.jspecify.annotations.Nullable;

/** PropQ's exact answer to a failed call, as technical text (status, Location, field errors, body) for admins. */
final class OutcomeDetails {

    private OutcomeDetails() {
    }

    static String of(PropqOutcome.Failure<?> failure) {
        return switch (failure) {
            case PropqOutcome.Redirected<?> r -> "HTTP " + r.status() + " Location: " + r.location() + "\n" + r.body();
            case PropqOutcome.ValidationFailed<?> v -> "HTTP 422 " + v.fieldErrors() + "\n" + v.body();
            case PropqOutcome.ServerError<?> s -> "HTTP " + s.status() + retry(s.retryAfter()) + "\n" + s.body();
            case PropqOutcome.UnexpectedStatus<?> u -> "HTTP " + u.status() + retry(u.retryAfter()) + "\n" + u.body();
            case PropqOutcome.MalformedResponse<?> m -> "HTTP " + m.status() + "\n" + m.body();
            case PropqOutcome.BadRequest<?> b -> "HTTP 400\n" + b.body();
            case PropqOutcome.Unauthorized<?> u -> "HTTP 401\n" + u.body();
            case PropqOutcome.Forbidden<?> f -> "HTTP 403\n" + f.body();
            case PropqOutcome.NotFound<?> n -> "HTTP 404\n" + n.body();
            case PropqOutcome.WrongMethod<?> w -> "HTTP 419\n" + w.body();
            case PropqOutcome.Timeout<?> t -> t.message();
            case PropqOutcome.ConnectionFailed<?> c -> c.message();
        };
    }

    private static String retry(java.time.@Nullable Duration retryAfter) {
        return retryAfter == null ? "" : " Retry-After: " + retryAfter.toSeconds() + " s";
    }
}
