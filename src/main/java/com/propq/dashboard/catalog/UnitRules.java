package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a unit's values, and a change to them, may be saved: the services apply it on
 * every save, and the editor's form asks it as the user types, so both say the same.
 */
@Component
public class UnitRules {

    static final int MAX_NAME = 60;
    static final int MAX_TEXT = 2000;
    // Control characters and the marks that reorder text (right-to-left overrides...): a name must read as it is.
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    private final CatalogRules rules;
    private final HoldRules holds;
    private final Clock clock;

    public UnitRules(CatalogRules rules, HoldRules holds, Clock clock) {
        this.rules = rules;
        this.holds = holds;
        this.clock = clock;
    }

    public List<FieldProblem> checkValues(UnitValues values) {
        var problems = new ArrayList<FieldProblem>();
        if (values.price() == null) {
            problems.add(new FieldProblem("price", "validation.required"));
        } else if (values.price().signum() < 0) {
            problems.add(new FieldProblem("price", "validation.price.negative"));
        } else if (values.price().scale() > 2
                && values.price().stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("price", "validation.price.cents"));
        } else if (values.price().compareTo(MAX_PRICE) > 0) {
            problems.add(new FieldProblem("price", "validation.price.too-large"));
        }
        if (values.status() == null) {
            problems.add(new FieldProblem("status", "validation.required"));
        }
        if (values.floor() != null && (values.floor() < -5 || values.floor() > 200)) {
            problems.add(new FieldProblem("floor", "validation.range", -5, 200));
        }
        if (values.bedrooms() != null && (values.bedrooms() < 0 || values.bedrooms() > 50)) {
            problems.add(new FieldProblem("bedrooms", "validation.range", 0, 50));
        }
        if (values.builtArea() != null && values.builtArea().signum() <= 0) {
            problems.add(new FieldProblem("builtArea", "validation.positive"));
        }
        if (values.block() != null && values.block().length() > MAX_NAME) {
            problems.add(new FieldProblem("block", "validation.too-long", MAX_NAME));
        }
        if (values.notes() != null && values.notes().length() > MAX_TEXT) {
            problems.add(new FieldProblem("notes", "validation.too-long", MAX_TEXT));
        }
        if (values.status() == UnitStatus.HOLD && values.holdReason() == null) {
            problems.add(new FieldProblem("holdReason", "validation.hold.reason"));
        }
        if (values.holdUntil() != null && values.holdUntil().isBefore(today())) {
            problems.add(new FieldProblem("holdUntil", "validation.hold.past"));
        }
        return problems;
    }

    /** A price reduction, or a sold or reserved unit released, must say why (each rule configurable). */
    public List<FieldProblem> checkChange(UnitValues before, UnitValues after, @Nullable String reason) {
        var problems = new ArrayList<FieldProblem>();
        if (reason != null && !reason.isBlank()) {
            if (reason.length() > MAX_TEXT) {
                problems.add(new FieldProblem("reason", "validation.too-long", MAX_TEXT));
            }
            return problems;
        }
        if (rules.reasonForPriceReduction()
                && after.price() != null
                && after.price().compareTo(before.price()) < 0) {
            problems.add(new FieldProblem("reason", "validation.reason.price-reduction"));
        } else if (rules.reasonForRelease()
                && after.status() == UnitStatus.AVAILABLE
                && (before.status() == UnitStatus.SOLD || before.status() == UnitStatus.RESERVED)) {
            problems.add(new FieldProblem("reason", "validation.reason.release"));
        }
        return problems;
    }

    /**
     * A hold being placed, or its last day moved, must end within the agency's limits: a last day unless the settings
     * allow open-ended holds, and no later than {@link HoldRules#maxDays()} after today. A hold kept as it was (a price
     * edit of a held unit) is not judged again. {@code before} is empty for a new unit.
     */
    public List<FieldProblem> checkHold(@Nullable UnitValues before, UnitValues after) {
        if (after.status() != UnitStatus.HOLD
                || (before != null
                        && before.status() == UnitStatus.HOLD
                        && Objects.equals(before.holdUntil(), after.holdUntil()))) {
            return List.of();
        }
        if (after.holdUntil() == null) {
            return holds.requireLastDay()
                    ? List.of(new FieldProblem("holdUntil", "validation.hold.last-day-required"))
                    : List.of();
        }
        if (after.holdUntil().isAfter(lastDayAllowed())) {
            return List.of(new FieldProblem("holdUntil", "validation.hold.too-far", holds.maxDays()));
        }
        return List.of();
    }

    public List<FieldProblem> checkName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return List.of(new FieldProblem("name", "validation.required"));
        }
        if (name.strip().length() > MAX_NAME) {
            return List.of(new FieldProblem("name", "validation.too-long", MAX_NAME));
        }
        if (INVISIBLE.matcher(name).find()) {
            return List.of(new FieldProblem("name", "validation.invisible-characters"));
        }
        return List.of();
    }

    /** Today in the catalog's time zone: a hold may end today, not before. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(rules.timeZone()));
    }

    public int maxHoldDays() {
        return holds.maxDays();
    }

    /** The latest last day a hold placed today may have. */
    public LocalDate lastDayAllowed() {
        return today().plusDays(holds.maxDays());
    }
}
