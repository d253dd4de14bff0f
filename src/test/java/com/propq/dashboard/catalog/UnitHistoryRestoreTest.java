package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Undo's arithmetic: the values recorded as "old" in a batch's history bring a unit back, without Spring. */
class UnitHistoryRestoreTest {

    private static final UnitValues NOW = new UnitValues(
            UnitStatus.HOLD,
            new BigDecimal("330000.00"),
            EnumSet.of(Direction.S, Direction.SW),
            "B",
            3,
            2,
            new BigDecimal("95.50"),
            "Sea view",
            "Client visit",
            LocalDate.of(2026, 12, 15));

    @Test
    void onlyTheRecordedFieldsGoBack() {
        var restored = UnitHistory.restore(NOW, Map.of("price", "300000"));

        assertThat(restored.price()).isEqualByComparingTo("300000");
        assertThat(restored).isEqualTo(NOW.withPrice(restored.price()));
    }

    @Test
    void everyKindOfFieldGoesBackFromItsRecordedText() {
        var old = new HashMap<String, @Nullable String>();
        old.put("status", "AVAILABLE");
        old.put("price", "299999.99");
        old.put("directions", "N,NE");
        old.put("block", null);
        old.put("floor", "-1");
        old.put("bedrooms", null);
        old.put("builtArea", "80");
        old.put("notes", null);

        var restored = UnitHistory.restore(NOW, old);

        assertThat(restored)
                .isEqualTo(new UnitValues(
                        UnitStatus.AVAILABLE,
                        new BigDecimal("299999.99"),
                        EnumSet.of(Direction.N, Direction.NE),
                        null,
                        -1,
                        null,
                        new BigDecimal("80"),
                        null,
                        null,
                        null));
    }

    @Test
    void noDirectionsAreAnEmptySet() {
        assertThat(UnitHistory.restore(NOW, Map.of("directions", "")).directions())
                .isEmpty();
    }

    @Test
    void aUnitBackOnHoldGetsItsHoldReasonAndLastDayBack() {
        var available = new UnitValues(
                UnitStatus.AVAILABLE,
                NOW.price(),
                NOW.directions(),
                NOW.block(),
                NOW.floor(),
                NOW.bedrooms(),
                NOW.builtArea(),
                NOW.notes(),
                null,
                null);

        var restored = UnitHistory.restore(
                available, Map.of("status", "HOLD", "holdReason", "Client visit", "holdUntil", "2026-12-15"));

        assertThat(restored).isEqualTo(NOW);
    }

    @Test
    void aUnitNoLongerOnHoldKeepsNoHoldDetails() {
        var restored = UnitHistory.restore(NOW, Map.of("status", "SOLD"));

        assertThat(restored.holdReason()).isNull();
        assertThat(restored.holdUntil()).isNull();
    }

    @Test
    void pricesAreRecordedWithoutTrailingZeros() {
        assertThat(UnitHistory.plain(new BigDecimal("250000.00"))).isEqualTo("250000");
        assertThat(UnitHistory.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(UnitHistory.plain(null)).isNull();
    }
}
