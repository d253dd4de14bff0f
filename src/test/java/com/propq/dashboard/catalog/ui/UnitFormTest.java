package com.propq.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.catalog.CatalogRules;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.FieldProblem;
import com.propq.dashboard.catalog.HoldRules;
import com.propq.dashboard.catalog.UnitRules;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.shell.TranslationProvider;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unit form's binder asks the catalog's rules as the agent types, without Spring or a database: each refusal
 * shows at its field in the agent's words, and the form gives values to save only when the rules accept them.
 */
@ViewPackages(packages = "com.propq.dashboard.catalog.ui.none")
class UnitFormTest extends BrowserlessTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-30T11:00:00Z"), MADRID);
    private static final String PROVIDER = "vaadin.i18n.provider";

    private final UnitValues saved = new UnitValues(
            UnitStatus.AVAILABLE,
            new BigDecimal("300000.00"),
            EnumSet.of(Direction.S),
            "A",
            2,
            3,
            new BigDecimal("95.00"),
            null,
            null,
            null);
    private UnitForm form;

    @BeforeAll
    static void translateWithTheAppsBundles() {
        System.setProperty(PROVIDER, TranslationProvider.class.getName());
    }

    @AfterAll
    static void forgetTheProvider() {
        System.clearProperty(PROVIDER);
    }

    @BeforeEach
    void openASavedUnit() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        form = new UnitForm(new UnitRules(new CatalogRules(true, true, MADRID), new HoldRules(true, 90), NOON));
        UI.getCurrent().add(form);
        form.read("C-1-03", saved, true);
    }

    @Test
    void aSavedUnitShowsItsValuesWithoutProblemsAndItsNameCannotChange() {
        assertThat(form.price.getValue()).as("no zero cents shown").isEqualTo(new BigDecimal("300000"));
        assertThat(form.name.getValue()).isEqualTo("C-1-03");
        assertThat(form.name.isReadOnly()).isTrue();
        assertThat(form.price.isInvalid()).isFalse();
        assertThat(form.values()).contains(saved);
    }

    @Test
    void aNegativePriceIsRefusedAtThePriceFieldAndNothingIsGivenToSave() {
        test(form.price).setValue(new BigDecimal("-5"));

        assertThat(form.price.isInvalid()).isTrue();
        assertThat(form.price.getErrorMessage()).isEqualTo("The price cannot be negative.");
        assertThat(form.values()).isEmpty();
    }

    @Test
    void aPriceCutFlagsTheReasonFieldUntilAReasonIsTyped() {
        test(form.price).setValue(new BigDecimal("290000"));

        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("A price reduction needs a reason.");

        test(form.reason).setValue("End of season");
        assertThat(form.reason.isInvalid()).isFalse();
        assertThat(form.values())
                .hasValueSatisfying(values -> assertThat(values.price()).isEqualByComparingTo("290000"));
    }

    @Test
    void choosingOnHoldShowsNoErrorBeforeTheAgentTypesAndOneReasonFieldServesTheHold() {
        test(form.status).selectItem("On hold");

        assertThat(form.holdReason.isVisible()).isTrue();
        assertThat(form.holdReason.isInvalid()).isFalse();
        assertThat(form.holdUntil.isInvalid()).isFalse();
        assertThat(form.reason.isVisible())
                .as("the hold's reason is the change's")
                .isFalse();

        test(form.holdReason).setValue("Client visit");
        assertThat(form.changeReason()).isEqualTo("Client visit");
    }

    @Test
    void aHoldNeedsItsReasonAndALastDayNotInThePastNorFurtherThanAllowed() {
        test(form.status).selectItem("On hold");
        assertThat(form.holdUntil.getMin()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(form.holdUntil.getMax()).isEqualTo(LocalDate.of(2027, 2, 28));

        assertThat(form.values()).as("saving flags what is missing").isEmpty();
        assertThat(form.holdReason.getErrorMessage()).isEqualTo("Say why the unit is on hold.");
        assertThat(form.holdUntil.getErrorMessage()).isEqualTo("Choose the hold's last day.");

        // The picker offers no earlier day; one typed or kept from before is refused with the rule's words.
        form.holdUntil.setValue(LocalDate.of(2026, 11, 29));
        assertThat(form.holdUntil.isInvalid()).isTrue();
        assertThat(form.holdUntil.getErrorMessage()).isEqualTo("The hold cannot end in the past.");

        test(form.holdReason).setValue("Client visit");
        test(form.holdUntil).setValue(LocalDate.of(2026, 11, 30));
        assertThat(form.values())
                .hasValueSatisfying(values -> assertThat(values.holdReason()).isEqualTo("Client visit"));
    }

    @Test
    void aNewUnitAsksForItsPriceOnlyOnceTheAgentSaves() {
        form.readNew(saved.withPrice(BigDecimal.ZERO));

        assertThat(form.name.isReadOnly()).isFalse();
        assertThat(form.price.isEmpty()).isTrue();
        assertThat(form.price.isInvalid())
                .as("nothing is flagged before the agent acts")
                .isFalse();
        assertThat(form.values()).isEmpty();
        assertThat(form.price.getErrorMessage()).isEqualTo("Required.");
    }

    @Test
    void aViewerSeesTheValuesReadOnlyAndNoReasonField() {
        form.read("C-1-03", saved, false);

        assertThat(form.price.isReadOnly()).isTrue();
        assertThat(form.status.isReadOnly()).isTrue();
        assertThat(form.reason.isVisible()).isFalse();
    }

    @Test
    void aProblemFoundOnSavingShowsAtItsFieldAndOnlyThere() {
        assertThat(form.showProblem(new FieldProblem("name", "validation.name.taken", "C-1-03")))
                .isTrue();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.showProblem(new FieldProblem("file", "validation.required")))
                .isFalse();
    }
}
