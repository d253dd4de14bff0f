package com.propq.dashboard.catalog;

import java.util.List;

/** A line of an imported price list that cannot be applied, with its line number and why. */
public record InvalidLine(long lineNumber, String unitName, String messageKey, List<Object> parameters) {
}
