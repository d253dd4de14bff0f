package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.DevelopmentAddress.Tab;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitSort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the development page shows, as its address says it: the tab, the unit open in the editor (by name), and the
 * unit grid's filters and sort. The page restores itself from one and writes one whenever it changes.
 */
record DevelopmentPageState(Tab tab, @Nullable String unit, UnitFilter filter, List<UnitSort> sorts) {

    static final DevelopmentPageState UNITS = new DevelopmentPageState(Tab.UNITS, null, UnitFilter.NONE, List.of());

    /** The state an address names, and each part of it that was dropped because it could not be read. */
    record Read(DevelopmentPageState state, List<String> dropped) {}

    DevelopmentPageState {
        sorts = List.copyOf(sorts);
    }

    /** {@code tabSegment} null: the Units tab. */
    static Read read(@Nullable String tabSegment, Map<String, List<String>> query) {
        var dropped = new ArrayList<String>();
        var tab = tabSegment == null ? Tab.UNITS : Tab.ofSegment(tabSegment).orElse(null);
        if (tab == null) {
            dropped.add(tabSegment);
            tab = Tab.UNITS;
        }
        var unit = query.getOrDefault(DevelopmentAddress.UNIT_PARAMETER, List.of()).stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .findFirst()
                .orElse(null);
        var grid = UnitFilterParameters.read(query);
        dropped.addAll(grid.dropped());
        return new Read(new DevelopmentPageState(tab, unit, grid.filter(), grid.sorts()), List.copyOf(dropped));
    }

    String address(long developmentId) {
        var query = new LinkedHashMap<String, String>();
        if (unit != null) {
            query.put(DevelopmentAddress.UNIT_PARAMETER, unit);
        }
        query.putAll(UnitFilterParameters.write(filter, sorts));
        return DevelopmentAddress.of(developmentId, tab, query);
    }

    DevelopmentPageState withTab(Tab newTab) {
        return new DevelopmentPageState(newTab, unit, filter, sorts);
    }

    DevelopmentPageState withUnit(@Nullable String newUnit) {
        return new DevelopmentPageState(tab, newUnit, filter, sorts);
    }
}
