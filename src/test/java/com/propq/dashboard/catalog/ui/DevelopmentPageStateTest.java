package com.propq.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.base.ui.DevelopmentAddress.Tab;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitSort;
import com.propq.dashboard.catalog.UnitStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The development page's address says its tab, open unit, filters and sort, and is read back the same. */
class DevelopmentPageStateTest {

    @Test
    void theDevelopmentAloneIsItsUnitsTabWithNothingOpen() {
        var read = DevelopmentPageState.read(null, Map.of());

        assertThat(read.state()).isEqualTo(DevelopmentPageState.UNITS);
        assertThat(read.dropped()).isEmpty();
        assertThat(read.state().address(7)).isEqualTo("development/7/units");
    }

    @Test
    void aTabAnOpenUnitAFilterAndASortMakeOneAddressThatReadsBackTheSame() {
        var state = new DevelopmentPageState(
                Tab.HISTORY,
                "C-1 03",
                new UnitFilter(null, Set.of(UnitStatus.AVAILABLE), null, null, Set.of()),
                List.of(new UnitSort(UnitSort.Column.NAME, true)));

        var address = state.address(7);

        assertThat(address).isEqualTo("development/7/history?unit=C-1%2003&status=available&sort=-name");
        var read = DevelopmentPageState.read(
                "history", Map.of("unit", List.of("C-1 03"), "status", List.of("available"), "sort", List.of("-name")));
        assertThat(read.state()).isEqualTo(state);
    }

    @Test
    void anUnknownTabIsDroppedForTheUnitsTab() {
        var read = DevelopmentPageState.read("gallery", Map.of("unit", List.of("HH-101")));

        assertThat(read.state().tab()).isEqualTo(Tab.UNITS);
        assertThat(read.state().unit()).isEqualTo("HH-101");
        assertThat(read.dropped()).containsExactly("gallery");
    }
}
