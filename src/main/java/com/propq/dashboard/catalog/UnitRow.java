package com.propq.dashboard.catalog;

import com.propq.dashboard.sync.SyncState;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the unit grid. */
public record UnitRow(long id, String name, UnitStatus status, BigDecimal price, Set<Direction> directions,
                      @Nullable String block, @Nullable Integer floor, @Nullable Integer bedrooms,
                      @Nullable BigDecimal builtArea, long version, @Nullable SyncState sync) {

    UnitRow withSync(SyncState state) {
        return new UnitRow(id, name, status, price, directions, block, floor, bedrooms, builtArea, version, state);
    }
}
