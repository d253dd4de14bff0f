package com.propq.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.sync.SyncBadge;
import com.propq.dashboard.sync.SyncState;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The unit editor explains, as the agent types, what a save would refuse, in the agent's language. */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
@WithMockUser(username = "agent", roles = "AGENT")
class UnitEditorValidationTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;

    UnitEditor editor;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openTheFirstUnitOfTheFirstDevelopment() {
        long developmentId = catalog.developments(null, 0, 1).getFirst().id();
        navigate(DevelopmentAddress.of(developmentId, DevelopmentAddress.Tab.UNITS), DevelopmentView.class);
        Grid<UnitLine> grid = $(Grid.class).id("units-grid");
        test(grid).clickRow(0);
        editor = $(UnitEditor.class).single();
        assertThat(editor.isVisible()).isTrue();
    }

    @Test
    void aParked422sFieldErrorsShowBesideTheFieldsPropqNamed() {
        editor.showSync(new SyncState(
                SyncBadge.NEEDS_FIX,
                422,
                "{}",
                Map.of("UntPrice", List.of("must be a number"), "UntColour", List.of("not a field of ours"))));

        assertThat(editor.form.price.isInvalid()).isTrue();
        assertThat(editor.form.price.getErrorMessage()).contains("must be a number");
        assertThat(editor.form.name.isInvalid()).isFalse();
    }

    @Test
    void aNegativePriceIsFlaggedOnThePriceField() {
        test(editor.form.price).setValue(new BigDecimal("-5"));

        assertThat(editor.form.price.isInvalid()).isTrue();
        assertThat(editor.form.price.getErrorMessage()).isEqualTo("The price cannot be negative.");
    }

    @Test
    void aLowerPriceAsksForAReasonUntilOneIsGiven() {
        test(editor.form.price).setValue(editor.form.price.getValue().subtract(BigDecimal.TEN));

        assertThat(editor.form.reason.isInvalid()).isTrue();
        assertThat(editor.form.reason.getErrorMessage()).isEqualTo("A price reduction needs a reason.");

        test(editor.form.reason).setValue("Launch offer");
        assertThat(editor.form.reason.isInvalid()).isFalse();
    }

    @Test
    void aHoldNeedsItsReasonSaidOnlyOnceTheAgentSaves() {
        test(editor.form.status).selectItem("On hold");

        assertThat(editor.form.holdReason.isVisible()).isTrue();
        assertThat(editor.form.holdReason.isInvalid())
                .as("no error before typing")
                .isFalse();
        assertThat(editor.form.values()).isEmpty();
        assertThat(editor.form.holdReason.isInvalid()).isTrue();
        assertThat(editor.form.holdReason.getErrorMessage()).isEqualTo("Say why the unit is on hold.");
    }

    @Test
    void theNameOfAnExistingUnitIsReadOnly() {
        assertThat(editor.form.name.isReadOnly()).isTrue();
        assertThat(editor.form.status.getValue()).isIn((Object[]) UnitStatus.values());
    }
}
