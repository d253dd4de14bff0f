package com.propq.dashboard.propq;

import com.propq.dashboard.propq.PropqOutcome.BadRequest;
import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.Failure;
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
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns a PropQ response, or the lack of one, into a {@link PropqOutcome}: the one place that reads status codes. */
final class PropqResponses {

    private PropqResponses() {}

    /**
     * @param reader reads a 2xx body into the call's value; throws (any runtime exception) when the body is
     *               not what the document promises
     */
    static <T> PropqOutcome<T> classify(
            int status, HttpHeaders headers, String rawBody, Function<String, T> reader, Clock clock) {
        var body = cut(rawBody);
        if (status >= 200 && status < 300) {
            try {
                return new Success<>(reader.apply(rawBody));
            } catch (RuntimeException e) {
                return new MalformedResponse<>(status, body);
            }
        }
        if (status >= 300 && status < 400) {
            return new Redirected<>(status, headers.getFirst(HttpHeaders.LOCATION), body);
        }
        return switch (status) {
            case 400 -> new BadRequest<>(body);
            case 401 -> new Unauthorized<>(body);
            case 403 -> new Forbidden<>(body);
            case 404 -> new NotFound<>(body);
            case 419 -> new WrongMethod<>(body);
            case 422 -> new ValidationFailed<>(fieldErrors(rawBody), body);
            default ->
                status >= 500 && status < 600
                        ? new ServerError<>(status, body, retryAfter(headers, clock))
                        : new UnexpectedStatus<>(status, body, retryAfter(headers, clock));
        };
    }

    /** A request that got no response: the cause chain says whether it timed out or never connected. */
    static <T> Failure<T> noResponse(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // Connecting for too long is "no answer in time" too, not a refused connection.
            if (cause instanceof SocketTimeoutException || cause instanceof ConnectTimeoutException) {
                return new Timeout<>(describe(cause));
            }
            if (cause instanceof ConnectException) {
                return new ConnectionFailed<>(describe(cause));
            }
        }
        return new ConnectionFailed<>(describe(rootCause(error)));
    }

    /**
     * Field errors from a 422 body. PropQ's format is not documented; this reads the common
     * {@code {"message": ..., "errors": {"Field": ["..."]}}} and a bare {@code {"Field": ["..."]}}; anything else
     * gives no field errors and the caller keeps the raw body.
     */
    static Map<String, List<String>> fieldErrors(String body) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(body);
        } catch (JacksonException e) {
            return Map.of();
        }
        if (root == null || !root.isObject()) {
            return Map.of();
        }
        var errors = root.get("errors");
        var nested = errors != null && errors.isObject();
        var source = nested ? errors : root;
        var result = new LinkedHashMap<String, List<String>>();
        for (var field : source.properties()) {
            var value = field.getValue();
            if (value.isArray() && !value.isEmpty() && value.values().stream().allMatch(JsonNode::isString)) {
                result.put(
                        field.getKey(),
                        value.values().stream().map(JsonNode::asString).toList());
            } else if (nested && value.isString()) {
                result.put(field.getKey(), List.of(value.asString()));
            }
        }
        return Map.copyOf(result);
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static @Nullable Duration retryAfter(HttpHeaders headers, Clock clock) {
        var value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                var wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    static String cut(@Nullable String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= PropqOutcome.MAX_BODY ? body : body.substring(0, PropqOutcome.MAX_BODY) + "…";
    }

    private static Throwable rootCause(Throwable error) {
        var cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
