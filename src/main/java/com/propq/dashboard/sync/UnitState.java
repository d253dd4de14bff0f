package com.propq.dashboard.sync;

import java.math.BigDecimal;
import java.util.List;

/**
 * The full absolute state of one unit as PropQ's update-by-name receives it: the unit name is the
 * key within the PropQ development; the unit version says which catalog state this is; status is PropQ's number (1, 2, 4, 8); directions in compass order.
 */
public record UnitState(
        long developmentId,
        String propqDevelopmentId,
        long unitId,
        String unitName,
        long unitVersion,
        int statusCode,
        BigDecimal price,
        List<String> directions) {

    public UnitState {
        directions = List.copyOf(directions);
    }
}
