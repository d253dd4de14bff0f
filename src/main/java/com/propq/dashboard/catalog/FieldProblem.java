package com.propq.dashboard.catalog;

import java.util.List;

/**
 * Why a value was refused: the field and a translation key (with its parameters), so the UI shows
 * the message next to the field in the user's language.
 */
public record FieldProblem(String field, String messageKey, List<Object> parameters) {

    public FieldProblem(String field, String messageKey, Object... parameters) {
        this(field, messageKey, List.of(parameters));
    }
}
