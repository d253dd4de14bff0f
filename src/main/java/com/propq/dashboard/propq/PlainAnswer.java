package com.propq.dashboard.propq;

import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.Failure;
import com.propq.dashboard.propq.PropqOutcome.Timeout;
import com.propq.dashboard.propq.PropqOutcome.ValidationFailed;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A PropQ answer said plainly, for the pages to lead with before the raw answer: a translation key with its
 * parameters, and a 422's field errors by PropQ's field names ("PropQ refused the price: UntPrice must be a
 * number"). Built from a call's {@link Failure}, or from the status and answer text a queue row kept of it.
 */
public record PlainAnswer(String messageKey, List<Object> parameters, Map<String, List<String>> fieldErrors) {

    /** The page's translation: a key and its parameters to the user's words. */
    @FunctionalInterface
    public interface Words {
        String of(String key, Object... parameters);
    }

    public PlainAnswer {
        parameters = List.copyOf(parameters);
        fieldErrors = Map.copyOf(fieldErrors);
    }

    /**
     * What a call's failure means. {@code retryEvery}: how often deliveries try again while PropQ is down, said
     * with a 5xx; null where nothing is retried (a connection test).
     */
    public static PlainAnswer of(Failure<?> failure, @Nullable Duration retryEvery) {
        return switch (failure) {
            case ValidationFailed<?> refused -> refused(refused.fieldErrors());
            case Timeout<?> timeout -> new PlainAnswer("propq.plain.timeout", List.of(), Map.of());
            case ConnectionFailed<?> failed -> noAnswer(failed.message());
            default -> answered(failure.status(), failure.getClass().getSimpleName(), retryEvery);
        };
    }

    /** What a kept answer means: {@code answer} is PropQ's body, or the error when no response arrived (status 0). */
    public static PlainAnswer of(int status, @Nullable String answer, @Nullable Duration retryEvery) {
        var text = answer == null ? "" : answer;
        if (status == 0) {
            var lower = text.toLowerCase(Locale.ROOT);
            return lower.contains("timeout") || lower.contains("timed out")
                    ? new PlainAnswer("propq.plain.timeout", List.of(), Map.of())
                    : noAnswer(text);
        }
        if (status == 422) {
            return refused(PropqResponses.fieldErrors(text));
        }
        return answered(status, kind(status), retryEvery);
    }

    /** The sentence in the user's words; a 422's fields are named as the user knows them (price, status...). */
    public String text(Words words) {
        if (fieldErrors.isEmpty()) {
            return words.of(messageKey, parameters.toArray());
        }
        var fields = fieldErrors.keySet().stream()
                .sorted()
                .map(field -> fieldName(field, words))
                .collect(Collectors.joining(", "));
        var messages = new TreeMap<>(fieldErrors)
                .values().stream().flatMap(List::stream).collect(Collectors.joining("; "));
        return words.of(messageKey, fields, messages);
    }

    /** A 422's field errors as "field: message" lines, in PropQ's field names, for the details. */
    public List<String> fieldErrorLines() {
        return new TreeMap<>(fieldErrors)
                .entrySet().stream()
                        .flatMap(field -> field.getValue().stream().map(message -> field.getKey() + ": " + message))
                        .toList();
    }

    private static String fieldName(String propqField, Words words) {
        return switch (propqField) {
            case UnitPayload.NAME, UnitPayload.STATUS, UnitPayload.PRICE, UnitPayload.DIRECTIONS ->
                words.of("propq.field." + propqField);
            default -> words.of("propq.field.other", propqField);
        };
    }

    private static PlainAnswer refused(Map<String, List<String>> fieldErrors) {
        return fieldErrors.isEmpty()
                ? new PlainAnswer("propq.plain.refused", List.of(), Map.of())
                : new PlainAnswer("propq.plain.refused-fields", List.of(), fieldErrors);
    }

    private static PlainAnswer noAnswer(String error) {
        return error.toLowerCase(Locale.ROOT).contains("refused")
                ? new PlainAnswer("propq.plain.connection-refused", List.of(), Map.of())
                : new PlainAnswer("propq.plain.no-answer", List.of(error), Map.of());
    }

    private static PlainAnswer answered(int status, String kind, @Nullable Duration retryEvery) {
        if (status >= 500 && status < 600) {
            return retryEvery == null
                    ? new PlainAnswer("propq.plain.down", List.of(status), Map.of())
                    : new PlainAnswer("propq.plain.down-retry", List.of(status, retryEvery.toSeconds()), Map.of());
        }
        return new PlainAnswer("propq.outcome." + kind, List.of(String.valueOf(status)), Map.of());
    }

    /** The kind of failure a kept status was, as {@link PropqResponses#classify} names it. */
    private static String kind(int status) {
        if (status >= 200 && status < 300) {
            return "MalformedResponse";
        }
        if (status >= 300 && status < 400) {
            return "Redirected";
        }
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 419 -> "WrongMethod";
            default -> "UnexpectedStatus";
        };
    }
}
