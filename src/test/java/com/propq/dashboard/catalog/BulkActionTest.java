package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a bulk change does to one unit's values, without Spring or a database. */
class BulkActionTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    private static UnitValues unit(UnitStatus status, String price) {
        return new UnitValues(
                status,
                new BigDecimal(price),
                EnumSet.of(Direction.S),
                "A",
                1,
                2,
                new BigDecimal("90"),
                "Sea view",
                status == UnitStatus.HOLD ? "Client visit" : null,
                status == UnitStatus.HOLD ? LocalDate.of(2026, 12, 15) : null);
    }

    private static BigDecimal priceAfter(BulkAction action, String price) {
        return action.applyTo(unit(UnitStatus.AVAILABLE, price), "").price();
    }

    @Test
    void aPercentageChangesThePriceByThatShareAndKeepsWholeCents() {
        var plusFive = new BulkAction.ChangePrice(
                BulkAction.ChangePrice.Mode.PERCENT, new BigDecimal("5"), BulkAction.Rounding.NONE);

        assertThat(priceAfter(plusFive, "200000")).isEqualTo(new BigDecimal("210000.00"));
        assertThat(priceAfter(plusFive, "99.99")).isEqualTo(new BigDecimal("104.99"));
    }

    @Test
    void anAmountIsAddedAndANegativeOneTakenOff() {
        var cut = new BulkAction.ChangePrice(
                BulkAction.ChangePrice.Mode.AMOUNT, new BigDecimal("-10000"), BulkAction.Rounding.NONE);

        assertThat(priceAfter(cut, "250000")).isEqualTo(new BigDecimal("240000.00"));
    }

    @Test
    void aPriceNeverGoesBelowZero() {
        var cut = new BulkAction.ChangePrice(
                BulkAction.ChangePrice.Mode.AMOUNT, new BigDecimal("-10000"), BulkAction.Rounding.NONE);

        assertThat(priceAfter(cut, "5000")).isEqualByComparingTo("0");
    }

    @Test
    void aChangedPriceIsRoundedToTheNearestStep() {
        var toHundreds = new BulkAction.ChangePrice(
                BulkAction.ChangePrice.Mode.PERCENT, new BigDecimal("3"), BulkAction.Rounding.NEAREST_100);
        var toThousands = new BulkAction.ChangePrice(
                BulkAction.ChangePrice.Mode.PERCENT, new BigDecimal("3"), BulkAction.Rounding.NEAREST_1000);

        // 3 % of 123,456 is 3,703.68: 127,159.68 before rounding; halves go up.
        assertThat(priceAfter(toHundreds, "123456")).isEqualTo(new BigDecimal("127200.00"));
        assertThat(priceAfter(toThousands, "123456")).isEqualTo(new BigDecimal("127000.00"));
        assertThat(priceAfter(toThousands, "1500")).isEqualTo(new BigDecimal("2000.00"));
    }

    @Test
    void aNewStatusLeavesEverythingElseAndDropsTheHoldDetails() {
        var held = unit(UnitStatus.HOLD, "300000");

        var sold = new BulkAction.SetStatus(UnitStatus.SOLD).applyTo(held, "Signed");

        assertThat(sold)
                .isEqualTo(new UnitValues(
                        UnitStatus.SOLD,
                        held.price(),
                        held.directions(),
                        held.block(),
                        held.floor(),
                        held.bedrooms(),
                        held.builtArea(),
                        held.notes(),
                        null,
                        null));
    }

    @Test
    void aHoldTakesTheBatchsReasonAndItsLastDay() {
        var available = unit(UnitStatus.AVAILABLE, "300000");

        var held = new BulkAction.SetStatus(UnitStatus.HOLD, LAST_DAY).applyTo(available, "Launch event");

        assertThat(held.status()).isEqualTo(UnitStatus.HOLD);
        assertThat(held.holdReason()).isEqualTo("Launch event");
        assertThat(held.holdUntil()).isEqualTo(LAST_DAY);
    }

    @Test
    void aUnitAlreadyOnHoldKeepsItsReasonAndGetsTheNewLastDayOrKeepsItsOwn() {
        var onHold = unit(UnitStatus.HOLD, "300000");

        var moved = new BulkAction.SetStatus(UnitStatus.HOLD, LAST_DAY).applyTo(onHold, "Launch event");
        var kept = new BulkAction.SetStatus(UnitStatus.HOLD).applyTo(onHold, "Launch event");

        assertThat(moved.holdReason()).isEqualTo("Client visit");
        assertThat(moved.holdUntil()).isEqualTo(LAST_DAY);
        assertThat(kept).isEqualTo(onHold);
    }

    @Test
    void aBatchsDescriptionReadsBackAsTheActionThatWroteIt() {
        var actions = new ArrayList<BulkAction>();
        for (var status : UnitStatus.values()) {
            actions.add(new BulkAction.SetStatus(status));
        }
        for (var mode : BulkAction.ChangePrice.Mode.values()) {
            for (var rounding : BulkAction.Rounding.values()) {
                actions.add(new BulkAction.ChangePrice(mode, new BigDecimal("-2.5"), rounding));
                actions.add(new BulkAction.ChangePrice(mode, new BigDecimal("15000"), rounding));
            }
        }

        for (var action : actions) {
            assertThat(BulkAction.described(action.description()))
                    .as(action.description())
                    .contains(action);
        }
        assertThat(new BulkAction.SetStatus(UnitStatus.HOLD, LAST_DAY).description())
                .isEqualTo("status=HOLD");
    }

    @Test
    void aDescriptionNoBulkChangeWroteNamesNoAction() {
        for (var description : List.of(
                "import of 12 units, 3 new",
                "undo 6f1c2b1e-0000-4000-8000-000000000000",
                "status=SOLD_TWICE",
                "price PERCENT five NONE",
                "price PERCENT 5",
                "")) {
            assertThat(BulkAction.described(description)).as(description).isEmpty();
        }
    }
}
