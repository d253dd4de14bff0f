package com.propq.dashboard.catalog.api;

import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitStatus;
import java.math.BigDecimal;
import java.util.List;

/** A unit as the API shows it: what a script needs to read it and to send an edit on its version. */
record UnitJson(
        long id,
        long developmentId,
        String name,
        long version,
        UnitStatus status,
        BigDecimal price,
        List<Direction> directions) {

    static UnitJson of(UnitDetails unit) {
        var values = unit.values();
        return new UnitJson(
                unit.id(),
                unit.developmentId(),
                unit.name(),
                unit.version(),
                values.status(),
                values.price(),
                List.copyOf(values.directions()));
    }
}
