package com.propq.dashboard.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.DevelopmentSummary;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryRow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The History page's filters come from its address, and its rows say which development each unit is in. */
@SpringBootTest
@ViewPackages(packages = "com.propq.dashboard")
@WithMockUser(username = "agent-hugo", roles = "AGENT")
class HistoryViewAddressTest extends SpringBrowserlessTest {

    @Autowired
    CatalogEditService editing;

    @Autowired
    JdbcClient jdbc;

    private long developmentWithAUnit(String name, String unit) {
        long id = jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", "RO-HV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE))
                .param("n", name)
                .query(Long.class)
                .single();
        editing.createUnit(
                id,
                unit,
                new UnitValues(
                        UnitStatus.AVAILABLE,
                        new BigDecimal("250000"),
                        EnumSet.noneOf(com.propq.dashboard.catalog.Direction.class),
                        "A",
                        1,
                        2,
                        null,
                        null,
                        null,
                        null));
        return id;
    }

    @Test
    void theFiltersInTheAddressAreAppliedAndEachRowNamesItsDevelopment() {
        long id = developmentWithAUnit("Address Gardens", "AG-1");

        open("development=" + id + "&unit=AG-1&from=2020-01-01&kind=catalog-edit");

        assertThat(developmentFilter().getValue())
                .extracting(DevelopmentSummary::id)
                .isEqualTo(id);
        assertThat(text("history-unit").getValue()).isEqualTo("AG-1");
        assertThat($(DatePicker.class).first().getValue()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(kindFilter().getValue()).isEqualTo(HistoryKind.CATALOG_EDIT);
        assertThat($(Notification.class).all()).isEmpty();
        var grid = grid();
        assertThat(test(grid).size()).isPositive();
        int column = grid.getColumns().stream()
                .map(Grid.Column::getHeaderText)
                .toList()
                .indexOf("Development");
        assertThat(test(grid).getCellText(0, column)).isEqualTo("Address Gardens");
    }

    @Test
    void anUnknownValueIsDroppedWithANoticeAndTheOtherFiltersStay() {
        open("development=999999999&from=2026-13-45&kind=nonsense&field=colour&unit=AG-1");

        assertThat(developmentFilter().getValue()).isNull();
        assertThat($(DatePicker.class).first().getValue()).isNull();
        assertThat(kindFilter().getValue()).isNull();
        assertThat(text("history-field").getValue()).isNull();
        assertThat(text("history-unit").getValue()).isEqualTo("AG-1");
        assertThat(test($(Notification.class).single()).getText())
                .startsWith("Some parts of the address could not be applied and were left out")
                .contains("development=999999999", "from=2026-13-45", "kind=nonsense", "field=colour");
    }

    private void open(String query) {
        UI.getCurrent().navigate("history", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(HistoryView.class);
    }

    @SuppressWarnings("unchecked")
    private Select<HistoryKind> kindFilter() {
        return $(Select.class).withCondition(s -> "Kind".equals(s.getLabel())).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<DevelopmentSummary> developmentFilter() {
        return $(ComboBox.class).withId("history-development").single();
    }

    @SuppressWarnings("unchecked")
    private <T extends com.vaadin.flow.component.AbstractField<?, ?>> T text(String id) {
        return (T) $(com.vaadin.flow.component.Component.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<HistoryRow> grid() {
        return $(Grid.class).withId("history-grid").single();
    }
}
