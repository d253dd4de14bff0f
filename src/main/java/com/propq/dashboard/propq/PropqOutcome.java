package com.propq.dashboard.propq;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a PropQ call can end in, one shape per documented answer (API 1.7.0, "Response code") plus the
 * network's own failures. Deciding what to do about each (retry, park, flag the credentials) is the caller's
 * job; this type only says what happened. Bodies are PropQ's, cut to {@link #MAX_BODY} characters; they never
 * contain our secret or token.
 */
public sealed interface PropqOutcome<T> {

    int MAX_BODY = 4000;

    /** 2xx with the documented JSON body. */
    record Success<T>(T value) implements PropqOutcome<T> {}

    /** Anything that is not a success. The type parameter is free so that a failure fits any call's outcome. */
    sealed interface Failure<T> extends PropqOutcome<T> {
        /** The HTTP status, or 0 when no response arrived. */
        int status();

        /** The same failure as the outcome of a call of another type (a failure carries no value). */
        @SuppressWarnings("unchecked")
        default <U> Failure<U> as() {
            return (Failure<U>) this;
        }

        /**
         * Whether this is a passing fault of PropQ or of the way to it, to be asked again later rather than taken
         * as an answer: 5xx, 408, 429, timeouts, refused connections, and a 2xx that is not PropQ's JSON (a proxy's
         * page). Every caller of PropQ (the outbox, the publish-status poller) follows this one rule.
         */
        default boolean isTransient() {
            return switch (this) {
                case ServerError<?> e -> true;
                case Timeout<?> e -> true;
                case ConnectionFailed<?> e -> true;
                case MalformedResponse<?> e -> true;
                case UnexpectedStatus<?> e -> e.status() == 429 || e.status() == 408 || e.status() >= 500;
                case Redirected<?> e -> false;
                case BadRequest<?> e -> false;
                case Unauthorized<?> e -> false;
                case Forbidden<?> e -> false;
                case NotFound<?> e -> false;
                case WrongMethod<?> e -> false;
                case ValidationFailed<?> e -> false;
            };
        }

        /** How long PropQ asked us to wait (Retry-After), when it did. */
        default @Nullable Duration retryAfter() {
            return null;
        }

        /**
         * PropQ's answer as text: its body (a redirect's preceded by its Location), or the error when none
         * arrived.
         */
        default String answer() {
            return switch (this) {
                case Redirected<?> r -> (r.location() == null ? "" : "Location: " + r.location() + "\n") + r.body();
                case BadRequest<?> r -> r.body();
                case Unauthorized<?> r -> r.body();
                case Forbidden<?> r -> r.body();
                case NotFound<?> r -> r.body();
                case WrongMethod<?> r -> r.body();
                case ValidationFailed<?> r -> r.body();
                case ServerError<?> r -> r.body();
                case UnexpectedStatus<?> r -> r.body();
                case MalformedResponse<?> r -> r.body();
                case Timeout<?> r -> r.message();
                case ConnectionFailed<?> r -> r.message();
            };
        }

        /**
         * The failure as one technical text, stored and shown to people who look into it: the HTTP status (with
         * PropQ's Retry-After when it gave one), then {@link #answer()}; only the error when no response arrived.
         */
        default String detail() {
            if (status() == 0) {
                return answer();
            }
            var wait = retryAfter();
            return status() + (wait == null ? "" : " (Retry-After " + wait.toSeconds() + " s)") + ": " + answer();
        }
    }

    /** 3xx: PropQ says the request was malformed (typically a missing JSON Content-Type). Never followed. */
    record Redirected<T>(int status, @Nullable String location, String body) implements Failure<T> {}

    /** 400: PropQ could not process the request. */
    record BadRequest<T>(String body) implements Failure<T> {
        public int status() {
            return 400;
        }
    }

    /**
     * 401 that a fresh token did not cure, or the token endpoint refusing our client id and secret:
     * a credentials problem, not a passing one.
     */
    record Unauthorized<T>(String body) implements Failure<T> {
        public int status() {
            return 401;
        }
    }

    /** 403: our client may not call this API. */
    record Forbidden<T>(String body) implements Failure<T> {
        public int status() {
            return 403;
        }
    }

    /** 404: for the development APIs, an unknown development id. */
    record NotFound<T>(String body) implements Failure<T> {
        public int status() {
            return 404;
        }
    }

    /** 419: PropQ's code for "wrong HTTP method". */
    record WrongMethod<T>(String body) implements Failure<T> {
        public int status() {
            return 419;
        }
    }

    /** 422: invalid data. Field errors as PropQ named them; empty when the body had no readable errors. */
    record ValidationFailed<T>(Map<String, List<String>> fieldErrors, String body) implements Failure<T> {
        public int status() {
            return 422;
        }
    }

    /** 5xx: PropQ's servers failed. {@code retryAfter} when PropQ said how long to wait. */
    record ServerError<T>(int status, String body, @Nullable Duration retryAfter) implements Failure<T> {}

    /** A status the document does not list (e.g. 429), kept as it came. */
    record UnexpectedStatus<T>(
            int status, String body, @Nullable Duration retryAfter) implements Failure<T> {}

    /** A 2xx whose body is not the documented JSON (e.g. an HTML page from a proxy). */
    record MalformedResponse<T>(int status, String body) implements Failure<T> {}

    /** No answer within the connect or read timeout. */
    record Timeout<T>(String message) implements Failure<T> {
        public int status() {
            return 0;
        }
    }

    /** No connection (refused, reset, unknown host, ...). */
    record ConnectionFailed<T>(String message) implements Failure<T> {
        public int status() {
            return 0;
        }
    }
}
