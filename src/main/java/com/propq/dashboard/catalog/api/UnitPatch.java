package com.propq.dashboard.catalog.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.FieldProblem;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The body of a PATCH: the version the edit was made on, and only the values it changes. */
record UnitPatch(
        @Nullable Long expectedVersion,
        @Nullable BigDecimal price,
        @Nullable UnitStatus status,
        @JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<Direction> directions,
        @Nullable String reason,
        // Fields a unit does not have: refused, so a typo never passes for an edit that did nothing.
        @JsonAnySetter @Nullable Map<String, Object> unknownFields) {

    /** What is wrong with the body beyond its types; empty when nothing. */
    List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        if (unknownFields != null) {
            unknownFields.keySet().stream()
                    .sorted()
                    .limit(10)
                    .forEach(field -> problems.add(new FieldProblem(field, "validation.unknown-field")));
        }
        if (expectedVersion == null) {
            problems.add(new FieldProblem("expectedVersion", "validation.required"));
        }
        if (directions != null && directions.size() != new HashSet<>(directions).size()) {
            problems.add(new FieldProblem("directions", "validation.directions-repeated"));
        }
        return problems;
    }

    /** The unit's values with this edit applied; an absent field keeps the value it had. */
    UnitValues applyTo(UnitValues current) {
        var values = current;
        if (status != null) {
            values = values.withStatus(status);
        }
        if (price != null) {
            values = values.withPrice(price);
        }
        if (directions != null) {
            values = values.withDirections(
                    directions.isEmpty() ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(directions));
        }
        return values;
    }
}
