package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitStatus;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unit grid's filters: name, status, price range and direction. An impossible price range is
 * reported on the fields and filters nothing, rather than silently showing no units.
 */
final class UnitFilterBar extends FlexLayout {

    private final TextField name = new TextField();
    private final MultiSelectComboBox<UnitStatus> statuses = new MultiSelectComboBox<>();
    private final BigDecimalField minPrice = new BigDecimalField();
    private final BigDecimalField maxPrice = new BigDecimalField();
    private final MultiSelectComboBox<Direction> directions = new MultiSelectComboBox<>();
    private final List<Runnable> listeners = new ArrayList<>();
    // Showing a filter from the page's address: the page already knows, it does not hear of it as a change.
    private boolean showing;
    /** On a phone the fields fold behind this button, which counts the filters in use (app.css). */
    private final Button toggle = new Button(VaadinIcon.FILTER.create(), e -> toggleFields());

    UnitFilterBar() {
        addClassName("filter-bar");
        setFlexWrap(FlexWrap.WRAP);
        toggle.addClassName("filter-toggle");
        toggle.setId("unit-filter-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        add(toggle);

        name.setLabel(getTranslation("unit.filter.name"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setId("unit-name-filter");

        statuses.setLabel(getTranslation("unit.status"));
        statuses.setItems(UnitStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        statuses.setClearButtonVisible(true);
        statuses.setId("unit-status-filter");

        for (var field : List.of(minPrice, maxPrice)) {
            field.setSuffixComponent(new Span("€"));
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        minPrice.setLabel(getTranslation("unit.filter.min-price"));
        minPrice.setId("unit-min-price-filter");
        maxPrice.setLabel(getTranslation("unit.filter.max-price"));
        maxPrice.setId("unit-max-price-filter");

        directions.setLabel(getTranslation("unit.directions"));
        directions.setItems(Direction.values());
        directions.setItemLabelGenerator(d -> getTranslation("direction." + d.name()));
        directions.setClearButtonVisible(true);
        directions.setId("unit-direction-filter");

        name.addValueChangeListener(e -> fireChange());
        statuses.addValueChangeListener(e -> fireChange());
        minPrice.addValueChangeListener(e -> fireChange());
        maxPrice.addValueChangeListener(e -> fireChange());
        directions.addValueChangeListener(e -> fireChange());
        add(name, statuses, minPrice, maxPrice, directions);
        showActiveCount();
    }

    private void toggleFields() {
        boolean open = !hasClassName("filters-open");
        setClassName("filters-open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** Every filter field that holds a value counts, whichever fields the bar has. */
    private void showActiveCount() {
        long active = getChildren()
                .filter(field -> field instanceof HasValue<?, ?> value && !value.isEmpty())
                .count();
        toggle.setText(getTranslation("unit.filter.toggle", active));
    }

    void addFilterChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The current filter, or empty while the fields hold something that cannot be a filter. */
    Optional<UnitFilter> filter() {
        BigDecimal min = minPrice.getValue();
        BigDecimal max = maxPrice.getValue();
        String error = null;
        if (minPrice.isInvalid() && min == null || maxPrice.isInvalid() && max == null) {
            error = getTranslation("unit.filter.price-not-a-number");
        } else if ((min != null && min.signum() < 0) || (max != null && max.signum() < 0)) {
            error = getTranslation("unit.filter.price-negative");
        } else if (min != null && max != null && min.compareTo(max) > 0) {
            error = getTranslation("unit.filter.price-range-inverted");
        }
        maxPrice.setErrorMessage(error);
        maxPrice.setInvalid(error != null);
        if (error != null) {
            return Optional.empty();
        }
        return Optional.of(new UnitFilter(name.getValue(), statuses.getValue(), min, max, directions.getValue()));
    }

    /** Shows a filter in the fields, without telling the listeners. */
    void show(UnitFilter filter) {
        showing = true;
        try {
            name.setValue(filter.nameContains() == null ? "" : filter.nameContains());
            statuses.setValue(filter.statuses());
            minPrice.setValue(filter.minPrice());
            maxPrice.setValue(filter.maxPrice());
            directions.setValue(filter.anyDirection());
        } finally {
            showing = false;
        }
    }

    private void fireChange() {
        showActiveCount();
        if (!showing) {
            listeners.forEach(Runnable::run);
        }
    }
}
