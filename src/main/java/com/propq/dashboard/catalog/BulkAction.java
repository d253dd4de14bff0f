package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a bulk change does to each unit. */
public sealed interface BulkAction {

    UnitValues applyTo(UnitValues values, String reason);

    /**
     * The action as its batch's record keeps it ("status=SOLD", "price PERCENT 5 NONE"), for {@link #described} to
     * read back: a hold's last day is not kept, it is in each unit's history.
     */
    String description();

    /** The bulk action a batch's description names; empty for any other batch (an import, an undo). */
    static Optional<BulkAction> described(String description) {
        try {
            if (description.startsWith("status=")) {
                return Optional.of(new SetStatus(UnitStatus.valueOf(description.substring("status=".length()))));
            }
            var words = description.split(" ");
            if (words.length == 4 && words[0].equals("price")) {
                return Optional.of(new ChangePrice(
                        ChangePrice.Mode.valueOf(words[1]), new BigDecimal(words[2]), Rounding.valueOf(words[3])));
            }
        } catch (IllegalArgumentException notOurs) {
            // a description this class did not write names no action
        }
        return Optional.empty();
    }

    /**
     * Every unit to one status. A hold takes the batch's reason as its reason, and {@code holdUntil} as its last
     * day, as the unit editor's hold does; units already on hold keep their reason and get that last day.
     */
    record SetStatus(UnitStatus status, @Nullable LocalDate holdUntil) implements BulkAction {

        public SetStatus(UnitStatus status) {
            this(status, null);
        }

        @Override
        public String description() {
            return "status=" + status;
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
        public String description() {
            return "price " + mode + " " + value.toPlainString() + " " + rounding;
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
