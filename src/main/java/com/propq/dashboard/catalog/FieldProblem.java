package com.propq.dashboard.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a value was refused: the field and a translation key (with its parameters), so the UI shows
 * the message next to the field in the user's language; in a batch, the unit it is about.
 */
public record FieldProblem(
        String field,
        String messageKey,
        List<Object> parameters,
        @Nullable String unitName) {

    public FieldProblem(String field, String messageKey, Object... parameters) {
        this(field, messageKey, List.of(parameters), null);
    }

    /** The same problem, said of one unit of a batch. */
    public FieldProblem of(String unit) {
        return new FieldProblem(field, messageKey, parameters, unit);
    }
}
