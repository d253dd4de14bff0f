package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The catalog's rules for a unit's values and for a change to them, without Spring or a database. */
class UnitRulesTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    // 23:30 UTC on 29 November is already 30 November in Madrid: the catalog's day, not the server's, counts.
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneId.of("UTC"));

    private final UnitRules rules =
            new UnitRules(new CatalogRules(true, true, MADRID), new HoldRules(true, 90), LATE_EVENING_UTC);

    private static UnitValues available(String price) {
        return new UnitValues(
                UnitStatus.AVAILABLE,
                new BigDecimal(price),
                EnumSet.of(Direction.S),
                "A",
                1,
                2,
                new BigDecimal("90"),
                null,
                null,
                null);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void validValuesHaveNoProblems() {
        assertThat(rules.checkValues(available("300000"))).isEmpty();
    }

    @Test
    void aPriceMustBePresentNotNegativeWholeCentsAndNotHuge() {
        assertThat(rules.checkValues(available("300000").withPrice(null)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.required");
        assertThat(rules.checkValues(available("-1")))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.price.negative");
        assertThat(rules.checkValues(available("1.005")))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.price.cents");
        assertThat(rules.checkValues(available("1.500"))).isEmpty();
        assertThat(rules.checkValues(available("1000000000000")))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.price.too-large");
    }

    @Test
    void aStatusMustBePresent() {
        assertThat(rules.checkValues(available("1").withStatus(null)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.required");
    }

    @Test
    void floorsBedroomsAreaAndTextsStayInTheirRanges() {
        var values = new UnitValues(
                UnitStatus.AVAILABLE,
                new BigDecimal("1"),
                EnumSet.noneOf(Direction.class),
                "B".repeat(UnitRules.MAX_NAME + 1),
                201,
                51,
                BigDecimal.ZERO,
                "n".repeat(UnitRules.MAX_TEXT + 1),
                null,
                null);

        assertThat(fields(rules.checkValues(values)))
                .containsExactlyInAnyOrder("floor", "bedrooms", "builtArea", "block", "notes");
    }

    @Test
    void aHoldNeedsAReasonAndItsLastDayIsNotBeforeTheCatalogsToday() {
        var today = LocalDate.of(2026, 11, 30);
        var hold = new UnitValues(
                UnitStatus.HOLD,
                new BigDecimal("1"),
                EnumSet.noneOf(Direction.class),
                null,
                null,
                null,
                null,
                null,
                null,
                today.minusDays(1));

        assertThat(rules.today()).isEqualTo(today);
        assertThat(rules.checkValues(hold))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.hold.reason", "validation.hold.past");
        var held = new UnitValues(
                UnitStatus.HOLD,
                new BigDecimal("1"),
                EnumSet.noneOf(Direction.class),
                null,
                null,
                null,
                null,
                null,
                "Client visit",
                today);
        assertThat(rules.checkValues(held)).isEmpty();
    }

    @Test
    void aPriceReductionOrAReleaseOfASoldUnitMustSayWhy() {
        var before = available("300000");

        assertThat(rules.checkChange(before, available("299000"), null))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.reason.price-reduction");
        assertThat(rules.checkChange(before, available("299000"), "End of season"))
                .isEmpty();
        assertThat(rules.checkChange(before.withStatus(UnitStatus.SOLD), before, " "))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.reason.release");
        assertThat(rules.checkChange(before, available("301000"), null)).isEmpty();
    }

    @Test
    void aReservedUnitReleasedMustSayWhyTooAndAReasonIsShort() {
        var reserved = available("300000").withStatus(UnitStatus.RESERVED);

        assertThat(rules.checkChange(reserved, available("300000"), null))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.reason.release");
        assertThat(rules.checkChange(reserved, available("300000"), "r".repeat(UnitRules.MAX_TEXT + 1)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.too-long");
    }

    @Test
    void whenTheSettingsSaySoNoReasonIsAsked() {
        var lenient = new UnitRules(new CatalogRules(false, false, MADRID), new HoldRules(true, 90), LATE_EVENING_UTC);
        var before = available("300000");

        assertThat(lenient.checkChange(before, available("1000"), null)).isEmpty();
        assertThat(lenient.checkChange(before.withStatus(UnitStatus.RESERVED), before, null))
                .isEmpty();
    }

    @Test
    void aNameIsRequiredShortAndFreeOfInvisibleCharacters() {
        assertThat(rules.checkName(" ")).extracting(FieldProblem::messageKey).containsExactly("validation.required");
        assertThat(rules.checkName("X".repeat(UnitRules.MAX_NAME + 1)))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.too-long");
        assertThat(rules.checkName("C-1\u202E30"))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.invisible-characters");
        assertThat(rules.checkName("  C-1-03  ")).isEmpty();
    }

    private static UnitValues held(@Nullable LocalDate lastDay) {
        return new UnitValues(
                UnitStatus.HOLD,
                new BigDecimal("300000"),
                EnumSet.of(Direction.S),
                "A",
                1,
                2,
                new BigDecimal("90"),
                null,
                "Client visit",
                lastDay);
    }

    @Test
    void aNewHoldNeedsALastDayAtMostNinetyDaysAheadByDefault() {
        var today = rules.today();

        assertThat(rules.checkHold(available("300000"), held(null)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("holdUntil", "validation.hold.last-day-required"));
        assertThat(rules.checkHold(null, held(today.plusDays(91))))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.hold.too-far");
        assertThat(rules.checkHold(available("300000"), held(today.plusDays(90))))
                .isEmpty();
    }

    @Test
    void aHoldKeptAsItWasIsNotJudgedAgainButAMovedLastDayIs() {
        var openEnded = held(null);

        assertThat(rules.checkHold(openEnded, openEnded.withPrice(new BigDecimal("310000"))))
                .isEmpty();
        assertThat(rules.checkHold(openEnded, held(rules.today().plusDays(200))))
                .extracting(FieldProblem::messageKey)
                .containsExactly("validation.hold.too-far");
    }

    @Test
    void anAgencyMayAllowHoldsWithoutALastDayAndAnotherLimit() {
        var open = new UnitRules(new CatalogRules(true, true, MADRID), new HoldRules(false, 30), LATE_EVENING_UTC);

        assertThat(open.checkHold(available("300000"), held(null))).isEmpty();
        assertThat(open.checkHold(available("300000"), held(open.today().plusDays(31))))
                .extracting(FieldProblem::parameters)
                .containsExactly(List.of(30));
    }
}
