package com.propq.dashboard.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A line of an imported price list that cannot be applied, with its line number and why; for a value
 * the catalog's rules refuse, the field it is about.
 */
public record InvalidLine(
        long lineNumber, String unitName, @Nullable String field, String messageKey, List<Object> parameters) {

    InvalidLine(long lineNumber, String unitName, String messageKey, List<Object> parameters) {
        this(lineNumber, unitName, null, messageKey, parameters);
    }
}
