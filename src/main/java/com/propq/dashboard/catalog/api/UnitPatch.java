package com.propq.dashboard.catalog.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The body of a PATCH: the version the edit was made on, and only the values it changes. */
record UnitPatch(@Nullable Long expectedVersion, @Nullable BigDecimal price, @Nullable UnitStatus status,
                 @JsonSetter(contentNulls = Nulls.FAIL) @Nullable Set<Direction> directions,
                 @Nullable String reason) {

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
            values = values.withDirections(directions);
        }
        return values;
    }
}
