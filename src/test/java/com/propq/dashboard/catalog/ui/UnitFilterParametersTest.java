package com.propq.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitSort;
import com.propq.dashboard.catalog.UnitStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The unit grid's filters and sort survive a trip through the address, and what cannot be read is named. */
class UnitFilterParametersTest {

    @Test
    void aFilterAndSortAreWrittenAsShortReadableParametersAndReadBackAsTheyWere() {
        var filter = new UnitFilter(
                " sea ",
                Set.of(UnitStatus.HOLD, UnitStatus.AVAILABLE),
                new BigDecimal("200000.00"),
                new BigDecimal("500000"),
                Set.of(Direction.SW, Direction.S));
        var sorts = List.of(new UnitSort(UnitSort.Column.PRICE, false), new UnitSort(UnitSort.Column.BUILT_AREA, true));

        var parameters = UnitFilterParameters.write(filter, sorts);

        assertThat(parameters)
                .containsExactly(
                        Map.entry("q", "sea"),
                        Map.entry("status", "available,hold"),
                        Map.entry("price", "200000-500000"),
                        Map.entry("direction", "s,sw"),
                        Map.entry("sort", "price,-built-area"));
        var read = UnitFilterParameters.read(asQuery(parameters));
        assertThat(read.dropped()).isEmpty();
        assertThat(read.sorts()).isEqualTo(sorts);
        assertThat(read.filter().nameContains()).isEqualTo("sea");
        assertThat(read.filter().statuses()).isEqualTo(filter.statuses());
        assertThat(read.filter().minPrice()).isEqualByComparingTo("200000");
        assertThat(read.filter().maxPrice()).isEqualByComparingTo("500000");
        assertThat(read.filter().anyDirection()).isEqualTo(filter.anyDirection());
    }

    @Test
    void bedroomAndBuiltAreaRangesTravelInTheAddressToo() {
        var filter = new UnitFilter(null, Set.of(), null, null, Set.of(), 2, 3, new BigDecimal("80.5"), null);

        var parameters = UnitFilterParameters.write(filter, List.of());

        assertThat(parameters).containsExactly(Map.entry("bedrooms", "2-3"), Map.entry("area", "80.5-"));
        var read = UnitFilterParameters.read(asQuery(parameters));
        assertThat(read.dropped()).isEmpty();
        assertThat(read.filter().minBedrooms()).isEqualTo(2);
        assertThat(read.filter().maxBedrooms()).isEqualTo(3);
        assertThat(read.filter().minBuiltArea()).isEqualByComparingTo("80.5");
        assertThat(read.filter().maxBuiltArea()).isNull();
        assertThat(UnitFilterParameters.read(Map.of("bedrooms", List.of("1.5-2")))
                        .dropped())
                .containsExactly("bedrooms=1.5-2");
    }

    @Test
    void noFilterAndNoSortIsNoParameterAtAll() {
        assertThat(UnitFilterParameters.write(UnitFilter.NONE, List.of())).isEmpty();
        var read = UnitFilterParameters.read(Map.of());
        assertThat(read.filter()).isEqualTo(UnitFilter.NONE);
        assertThat(read.sorts()).isEmpty();
    }

    @Test
    void aRangeMayBeOpenAtEitherEnd() {
        assertThat(UnitFilterParameters.write(
                        new UnitFilter(null, Set.of(), null, new BigDecimal("300000"), Set.of()), List.of()))
                .containsExactly(Map.entry("price", "-300000"));
        var read = UnitFilterParameters.read(Map.of("price", List.of("250000-")));
        assertThat(read.filter().minPrice()).isEqualByComparingTo("250000");
        assertThat(read.filter().maxPrice()).isNull();
    }

    @Test
    void valuesThatCannotBeReadAreDroppedAndNamedWhileTheRestIsKept() {
        var read = UnitFilterParameters.read(Map.of(
                "status", List.of("sold,sleeping"),
                "price", List.of("500000-100000"),
                "direction", List.of("up"),
                "sort", List.of("colour,-floor")));

        assertThat(read.filter().statuses()).containsExactly(UnitStatus.SOLD);
        assertThat(read.filter().minPrice()).isNull();
        assertThat(read.filter().maxPrice()).isNull();
        assertThat(read.filter().anyDirection()).isEmpty();
        assertThat(read.sorts()).containsExactly(new UnitSort(UnitSort.Column.FLOOR, true));
        assertThat(read.dropped())
                .containsExactlyInAnyOrder("status=sleeping", "price=500000-100000", "direction=up", "sort=colour");
        assertThat(UnitFilterParameters.read(Map.of("price", List.of("cheap"))).dropped())
                .containsExactly("price=cheap");
    }

    private static Map<String, List<String>> asQuery(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }
}
