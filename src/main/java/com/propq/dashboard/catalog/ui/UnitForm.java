package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.ComponentI18n;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.FieldProblem;
import com.propq.dashboard.catalog.UnitRules;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A unit's fields, bound to its {@link UnitValues}. Every field's validator asks {@link UnitRules}, the rules a save
 * applies, about the whole form as it is now: a price cut flags the reason field as soon as it is typed.
 */
final class UnitForm extends FormLayout {

    final TextField name = new TextField();
    final Select<UnitStatus> status = new Select<>();
    final BigDecimalField price = new BigDecimalField();
    final MultiSelectComboBox<Direction> directions = new MultiSelectComboBox<>();
    final TextField block = new TextField();
    final IntegerField floor = new IntegerField();
    final IntegerField bedrooms = new IntegerField();
    final BigDecimalField builtArea = new BigDecimalField();
    final TextArea notes = new TextArea();
    final TextField holdReason = new TextField();
    final DatePicker holdUntil = new DatePicker();
    final TextField reason = new TextField();

    private final UnitRules rules;
    private final Binder<UnitValues> binder = new Binder<>(UnitValues.class);
    private final Map<String, HasValidation> fieldsByName;
    // The saved values a change is judged against (a price cut needs a reason); none while creating a unit.
    private @Nullable UnitValues before;
    private boolean reading;
    private boolean editable;
    // Hold fields that appeared because the user chose "On hold" and were not touched yet: no error before typing.
    private final Set<HasValidation> untouched = new HashSet<>();

    UnitForm(UnitRules rules) {
        this.rules = rules;
        fieldsByName = Map.ofEntries(
                Map.entry("name", name),
                Map.entry("status", status),
                Map.entry("price", price),
                Map.entry("directions", directions),
                Map.entry("block", block),
                Map.entry("floor", floor),
                Map.entry("bedrooms", bedrooms),
                Map.entry("builtArea", builtArea),
                Map.entry("notes", notes),
                Map.entry("holdReason", holdReason),
                Map.entry("holdUntil", holdUntil),
                Map.entry("reason", reason));
        configureFields();
        bind();
        add(name, status, price, directions, block, floor, bedrooms, builtArea, holdReason, holdUntil, notes, reason);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
        setColspan(notes, 2);
        setColspan(reason, 2);
        setColspan(directions, 2);
    }

    private void configureFields() {
        name.setLabel(getTranslation("unit.name"));
        name.setId("unit-name");
        status.setLabel(getTranslation("unit.status"));
        status.setItems(UnitStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setId("unit-status");
        price.setLabel(getTranslation("unit.price"));
        price.setSuffixComponent(new Span("€"));
        price.setId("unit-price");
        directions.setLabel(getTranslation("unit.directions"));
        directions.setItems(Direction.values());
        directions.setItemLabelGenerator(d -> getTranslation("direction." + d.name()));
        directions.setId("unit-directions");
        block.setLabel(getTranslation("unit.block"));
        floor.setLabel(getTranslation("unit.floor"));
        bedrooms.setLabel(getTranslation("unit.bedrooms"));
        builtArea.setLabel(getTranslation("unit.built-area"));
        builtArea.setSuffixComponent(new Span("m²"));
        notes.setLabel(getTranslation("unit.notes"));
        holdReason.setLabel(getTranslation("unit.hold-reason"));
        holdReason.setId("unit-hold-reason");
        holdUntil.setLabel(getTranslation("unit.hold-until"));
        ComponentI18n.localize(holdUntil);
        holdUntil.setClearButtonVisible(true);
        holdUntil.setId("unit-hold-until");
        reason.setLabel(getTranslation("unit.change-reason"));
        reason.setHelperText(getTranslation("unit.change-reason.help"));
        reason.setId("unit-reason");
        for (var field : List.of(name, block, holdReason, reason)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        notes.setValueChangeMode(ValueChangeMode.EAGER);
        price.setValueChangeMode(ValueChangeMode.EAGER);
        builtArea.setValueChangeMode(ValueChangeMode.EAGER);
        floor.setValueChangeMode(ValueChangeMode.EAGER);
        bedrooms.setValueChangeMode(ValueChangeMode.EAGER);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && placingHold()) {
                untouched.addAll(List.of(holdReason, holdUntil));
                if (holdReason.isEmpty()) {
                    holdReason.setValue(reason.getValue());
                }
            }
            showHoldFields();
        });
        holdReason.addValueChangeListener(e -> untouched.remove(holdReason));
        holdUntil.addValueChangeListener(e -> untouched.remove(holdUntil));
    }

    /**
     * Each field of {@link UnitValues} by its name; the reason is judged with them but is not a value. The rules look
     * at several fields at once (a price cut and the reason), so any change checks the whole form again.
     */
    private void bind() {
        binder.forField(status).withValidator(rule("status")).bind("status");
        binder.forField(price)
                .withConverter(Converter.from(Result::ok, UnitForm::withoutZeroCents))
                .withValidator(rule("price"))
                .bind("price");
        binder.forField(directions).withValidator(rule("directions")).bind("directions");
        binder.forField(block).withValidator(rule("block")).bind("block");
        binder.forField(floor).withValidator(rule("floor")).bind("floor");
        binder.forField(bedrooms).withValidator(rule("bedrooms")).bind("bedrooms");
        binder.forField(builtArea)
                .withConverter(Converter.from(Result::ok, UnitForm::withoutZeroCents))
                .withValidator(rule("builtArea"))
                .bind("builtArea");
        binder.forField(notes).withValidator(rule("notes")).bind("notes");
        binder.forField(holdReason).withValidator(rule("holdReason")).bind("holdReason");
        binder.forField(holdUntil).withValidator(rule("holdUntil")).bind("holdUntil");
        binder.forField(reason).withValidator(rule("reason")).bind(values -> "", (values, text) -> {});
        List<HasValue<?, ?>> checked = List.of(
                price, block, holdReason, reason, notes, status, floor, bedrooms, builtArea, holdUntil, directions);
        checked.forEach(field -> field.addValueChangeListener(e -> checkAsYouType()));
    }

    private <T> Validator<T> rule(String field) {
        return (value, context) -> problems().stream()
                .filter(p -> p.field().equals(field))
                .findFirst()
                .map(p -> ValidationResult.error(message(p)))
                .orElseGet(ValidationResult::ok);
    }

    /** The rules' verdict on the form as it is now. */
    private List<FieldProblem> problems() {
        var now = typed();
        var problems = new ArrayList<>(rules.checkValues(now));
        problems.addAll(rules.checkChange(before == null ? now : before, now, changeReason()));
        problems.addAll(rules.checkHold(before, now));
        return problems;
    }

    /** The fields' values as typed, rules or not (the record keeps a missing price for the rules to report). */
    private UnitValues typed() {
        return new UnitValues(
                status.getValue(),
                price.getValue(),
                directions.getValue(),
                block.getValue(),
                floor.getValue(),
                bedrooms.getValue(),
                builtArea.getValue(),
                notes.getValue(),
                holdReason.getValue(),
                holdUntil.getValue());
    }

    private void checkAsYouType() {
        if (editable && !reading) {
            name.setInvalid(false);
            binder.validate();
            untouched.forEach(field -> field.setInvalid(false));
        }
    }

    /** The unit goes on hold with this save: the hold's reason is then also the reason for the change. */
    private boolean placingHold() {
        return status.getValue() == UnitStatus.HOLD && (before == null || before.status() != UnitStatus.HOLD);
    }

    /** Why the user makes this change: the one reason field shown (the hold's, when putting the unit on hold). */
    @Nullable
    String changeReason() {
        return placingHold() ? holdReason.getValue() : reason.getValue();
    }

    /** Shows a saved unit; a change to its values is judged against them. Its name, PropQ's key, stays. */
    void read(String unitName, UnitValues values, boolean editable) {
        before = values;
        name.setValue(unitName);
        name.setReadOnly(true);
        fill(values, editable);
    }

    /** An empty form for a new unit, its name and price left for the user to type. */
    void readNew(UnitValues defaults) {
        before = null;
        name.clear();
        name.setReadOnly(false);
        fill(defaults, true);
        name.focus();
    }

    private void fill(UnitValues values, boolean editable) {
        reading = true;
        try {
            binder.readBean(values);
            if (before == null) {
                price.clear();
            }
            reason.clear();
        } finally {
            reading = false;
        }
        untouched.clear();
        limitHoldDays();
        this.editable = editable;
        binder.setReadOnly(!editable);
        showHoldFields();
        clearProblems();
    }

    /**
     * Whether the user changed something since the form was filled: for a saved unit, a field that differs from what
     * was read; for a new unit, anything typed (its price starts empty, not as a change).
     */
    boolean hasChanges() {
        if (!editable) {
            return false;
        }
        if (before != null) {
            return binder.hasChanges();
        }
        return !name.getValue().isBlank()
                || price.getValue() != null
                || binder.getChangedBindings().stream().anyMatch(binding -> binding.getField() != price);
    }

    /** Runs after each change the user makes (not while the form reads a unit). */
    void addChangeListener(Runnable listener) {
        binder.addValueChangeListener(e -> {
            if (!reading) {
                listener.run();
            }
        });
        name.addValueChangeListener(e -> {
            if (!reading) {
                listener.run();
            }
        });
    }

    /** Someone else saved {@code theirs} first and the user keeps their input: the next save replaces theirs. */
    void judgeAgainst(UnitValues theirs) {
        before = theirs;
    }

    /** The values to save, or empty when the rules refuse them (each problem then shows at its field). */
    Optional<UnitValues> values() {
        untouched.clear();
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException refused) {
            return Optional.empty();
        }
    }

    /** A problem found on saving (a taken name, say) at its field, or {@code false} if no field is about it. */
    boolean showProblem(FieldProblem problem) {
        return showError(problem.field(), message(problem));
    }

    /** PropQ's own word on a field, from a change it refused. */
    void showPropqProblem(String field, List<String> messages) {
        showError(field, getTranslation("sync.field-error", String.join(" ", messages)));
    }

    private boolean showError(String fieldName, String message) {
        var field = fieldsByName.get(fieldName);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    void clearProblems() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
    }

    private String message(FieldProblem problem) {
        return getTranslation(problem.messageKey(), problem.parameters().toArray());
    }

    private void showHoldFields() {
        boolean hold = status.getValue() == UnitStatus.HOLD;
        holdReason.setVisible(hold);
        holdUntil.setVisible(hold);
        reason.setVisible(editable && !placingHold());
    }

    /** The picker offers the days a hold may end on: from the catalog's today to the furthest day allowed. */
    private void limitHoldDays() {
        holdUntil.setMin(rules.today());
        holdUntil.setMax(rules.lastDayAllowed());
        var i18n = Optional.ofNullable(holdUntil.getI18n()).orElseGet(DatePicker.DatePickerI18n::new);
        holdUntil.setI18n(i18n.setMinErrorMessage(getTranslation("validation.hold.past"))
                .setMaxErrorMessage(getTranslation("validation.hold.too-far", rules.maxHoldDays())));
    }

    /** 512345 reads better than 512345.00; real cents stay. */
    private static @Nullable BigDecimal withoutZeroCents(@Nullable BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, RoundingMode.UNNECESSARY) : amount;
    }
}
