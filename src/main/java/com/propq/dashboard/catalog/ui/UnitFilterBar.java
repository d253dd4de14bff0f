package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitStatus;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The unit grid's filters: name, status, price range, direction, bedroom range and built-area range. An impossible
 * range is reported on its fields and filters nothing, rather than silently showing no units.
 */
final class UnitFilterBar extends FlexLayout {

    private final TextField name = new TextField();
    private final MultiSelectComboBox<UnitStatus> statuses = new MultiSelectComboBox<>();
    private final BigDecimalField minPrice = new BigDecimalField();
    private final BigDecimalField maxPrice = new BigDecimalField();
    private final MultiSelectComboBox<Direction> directions = new MultiSelectComboBox<>();
    private final IntegerField minBedrooms = new IntegerField();
    private final IntegerField maxBedrooms = new IntegerField();
    private final BigDecimalField minBuiltArea = new BigDecimalField();
    private final BigDecimalField maxBuiltArea = new BigDecimalField();
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

        rangeField(minBedrooms, "unit.filter.min-bedrooms", "unit-min-bedrooms-filter");
        rangeField(maxBedrooms, "unit.filter.max-bedrooms", "unit-max-bedrooms-filter");
        rangeField(minBuiltArea, "unit.filter.min-built-area", "unit-min-built-area-filter");
        rangeField(maxBuiltArea, "unit.filter.max-built-area", "unit-max-built-area-filter");
        minBuiltArea.setSuffixComponent(new Span("m²"));
        maxBuiltArea.setSuffixComponent(new Span("m²"));

        List<AbstractField<?, ?>> fields = List.of(
                name, statuses, minPrice, maxPrice, directions, minBedrooms, maxBedrooms, minBuiltArea, maxBuiltArea);
        for (var field : fields) {
            field.addValueChangeListener(e -> fireChange());
        }
        add(name, statuses, minPrice, maxPrice, directions, minBedrooms, maxBedrooms, minBuiltArea, maxBuiltArea);
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

    /** One end of a bedroom or area range: narrower than the other fields, filtering as the user pauses typing. */
    private <F extends Component & HasLabel & HasClearButton & HasValueChangeMode & HasStyle> void rangeField(
            F field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addClassName("filter-narrow");
        field.setId(id);
    }

    void addFilterChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The current filter, or empty while the fields hold something that cannot be a filter. */
    Optional<UnitFilter> filter() {
        boolean pricesValid = checkRange(minPrice, maxPrice, "unit.filter.price");
        boolean bedroomsValid = checkRange(minBedrooms, maxBedrooms, "unit.filter.bedrooms");
        boolean areasValid = checkRange(minBuiltArea, maxBuiltArea, "unit.filter.built-area");
        if (!pricesValid || !bedroomsValid || !areasValid) {
            return Optional.empty();
        }
        return Optional.of(new UnitFilter(
                name.getValue(),
                statuses.getValue(),
                minPrice.getValue(),
                maxPrice.getValue(),
                directions.getValue(),
                minBedrooms.getValue(),
                maxBedrooms.getValue(),
                minBuiltArea.getValue(),
                maxBuiltArea.getValue()));
    }

    /**
     * Whether a from/to pair can filter; if not, says why on the "to" field with {@code <keyPrefix>-not-a-number},
     * {@code -negative} or {@code -range-inverted}.
     */
    private <T extends Number & Comparable<T>, F extends AbstractField<F, T> & HasValidation> boolean checkRange(
            F from, F to, String keyPrefix) {
        @Nullable T min = from.getValue();
        @Nullable T max = to.getValue();
        String error = null;
        if (from.isInvalid() && min == null || to.isInvalid() && max == null) {
            error = getTranslation(keyPrefix + "-not-a-number");
        } else if (negative(min) || negative(max)) {
            error = getTranslation(keyPrefix + "-negative");
        } else if (min != null && max != null && min.compareTo(max) > 0) {
            error = getTranslation(keyPrefix + "-range-inverted");
        }
        to.setErrorMessage(error);
        to.setInvalid(error != null);
        return error == null;
    }

    private static boolean negative(@Nullable Number value) {
        return value != null && (value instanceof BigDecimal decimal ? decimal.signum() < 0 : value.longValue() < 0);
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
            minBedrooms.setValue(filter.minBedrooms());
            maxBedrooms.setValue(filter.maxBedrooms());
            minBuiltArea.setValue(filter.minBuiltArea());
            maxBuiltArea.setValue(filter.maxBuiltArea());
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
