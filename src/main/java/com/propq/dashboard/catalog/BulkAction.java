package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a bulk change does to each unit. */
public sealed interface BulkAction {

    UnitValues applyTo(UnitValues values, String reason);

    /**
     * Every unit to one status. A hold takes the batch's reason as its reason, and {@code holdUntil} as its last
     * day, as the unit editor's hold does; units already on hold keep their reason and get that last day.
     */
    record SetStatus(UnitStatus status, @Nullable LocalDate holdUntil) implements BulkAction {

        public SetStatus(UnitStatus status) {
            this(status, null);
        }

        @Override
        public UnitValues applyTo(UnitValues values, String reason) {
            var changed = values.withStatus(status);
            if (status != UnitStatus.HOLD) {
                return changed;
            }
            var held = values.status() == UnitStatus.HOLD;
            return new UnitValues(
                    changed.status(),
                    changed.price(),
                    changed.directions(),
                    changed.block(),
                    changed.floor(),
                    changed.bedrooms(),
                    changed.builtArea(),
                    changed.notes(),
                    held ? changed.holdReason() : reason,
                    holdUntil != null ? holdUntil : held ? changed.holdUntil() : null);
        }
    }

    /** Prices up or down by a percentage or an amount (negative for down), then rounded. */
    record ChangePrice(Mode mode, BigDecimal value, Rounding rounding) implements BulkAction {

        public enum Mode {
            PERCENT,
            AMOUNT
        }

        @Override
        public UnitValues applyTo(UnitValues values, String reason) {
            var price = values.price();
            var changed = mode == Mode.PERCENT
                    ? price.add(price.multiply(value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP))
                    : price.add(value);
            return values.withPrice(rounding.round(changed).max(BigDecimal.ZERO));
        }
    }

    /** How a changed price is rounded: not at all, or to the nearest 100 or 1,000 euros. */
    enum Rounding {
        NONE(0),
        NEAREST_100(100),
        NEAREST_1000(1000);

        private final int step;

        Rounding(int step) {
            this.step = step;
        }

        BigDecimal round(BigDecimal price) {
            if (step == 0) {
                return price.setScale(2, RoundingMode.HALF_UP);
            }
            var stepValue = BigDecimal.valueOf(step);
            return price.divide(stepValue, 0, RoundingMode.HALF_UP)
                    .multiply(stepValue)
                    .setScale(2, RoundingMode.UNNECESSARY);
        }
    }
}
