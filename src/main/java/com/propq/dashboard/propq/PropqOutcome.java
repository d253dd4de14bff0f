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
    record Success<T>(T value) implements PropqOutcome<T> {
    }

    /** Anything that is not a success. The type parameter is free so that a failure fits any call's outcome. */
    sealed interface Failure<T> extends PropqOutcome<T> {
        /** The HTTP status, or 0 when no response arrived. */
        int status();

        /** The same failure as the outcome of a call of another type (a failure carries no value). */
        @SuppressWarnings("unchecked")
        default <U> Failure<U> as() {
            return (Failure<U>) this;
        }

        /** PropQ's answer as text: its body (a redirect's with its Location), or the error when none arrived. */
        default String answer() {
            return switch (this) {
                case Redirected<?> r -> r.body() + (r.location() == null ? "" : " → " + r.location());
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
    }

    /** 3xx: PropQ says the request was malformed (typically a missing JSON Content-Type). Never followed. */
    record Redirected<T>(int status, @Nullable String location, String body) implements Failure<T> {
    }

    /** 400: PropQ could not process the request. */
    record BadRequest<T>(String body) implements Failure<T> {
        public int status() { return 400; }
    }

    /**
     * 401 that a fresh token did not cure, or the token endpoint refusing our client id and secret:
     * a credentials problem, not a passing one.
     */
    record Unauthorized<T>(String body) implements Failure<T> {
        public int status() { return 401; }
    }

    /** 403: our client may not call this API. */
    record Forbidden<T>(String body) implements Failure<T> {
        public int status() { return 403; }
    }

    /** 404: for the development APIs, an unknown development id. */
    record NotFound<T>(String body) implements Failure<T> {
        public int status() { return 404; }
    }

    /** 419: PropQ's code for "wrong HTTP method". */
    record WrongMethod<T>(String body) implements Failure<T> {
        public int status() { return 419; }
    }

    /** 422: invalid data. Field errors as PropQ named them; empty when the body had no readable errors. */
    record ValidationFailed<T>(Map<String, List<String>> fieldErrors, String body) implements Failure<T> {
        public int status() { return 422; }
    }

    /** 5xx: PropQ's servers failed. {@code retryAfter} when PropQ said how long to wait. */
    record ServerError<T>(int status, String body, @Nullable Duration retryAfter) implements Failure<T> {
    }

    /** A status the document does not list (e.g. 429), kept as it came. */
    record UnexpectedStatus<T>(int status, String body, @Nullable Duration retryAfter) implements Failure<T> {
    }

    /** A 2xx whose body is not the documented JSON (e.g. an HTML page from a proxy). */
    record MalformedResponse<T>(int status, String body) implements Failure<T> {
    }

    /** No answer within the connect or read timeout. */
    record Timeout<T>(String message) implements Failure<T> {
        public int status() { return 0; }
    }

    /** No connection (refused, reset, unknown host, ...). */
    record ConnectionFailed<T>(String message) implements Failure<T> {
        public int status() { return 0; }
    }
}
