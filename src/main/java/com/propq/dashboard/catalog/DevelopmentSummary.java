package com.propq.dashboard.catalog;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One line of the developments list: the development and how many of its units are in each status. */
public record DevelopmentSummary(
        long id, String propqId, String name, @Nullable String location, Map<UnitStatus, Integer> unitsByStatus) {

    public int units(UnitStatus status) {
        return unitsByStatus.getOrDefault(status, 0);
    }

    public int totalUnits() {
        return unitsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
