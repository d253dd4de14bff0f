package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.history.ui.HistoryGrid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.FieldProblem;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitEditConflictException;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.sync.SyncState;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The unit side panel: validation as you type (by the same rules the save applies), a save that
 * never loses the user's input, and a clear conflict when someone else saved first.
 */
final class UnitEditor extends VerticalLayout {

    private final CatalogEditService editing;
    private final boolean canEdit;
    private final Consumer<UnitDetails> onSaved;
    private final Runnable onClose;
    private final java.util.function.LongFunction<java.util.Optional<UnitDetails>> reload;

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
    final Button save = new Button();
    private final H3 title = new H3();
    private final HorizontalLayout badgeSlot = new HorizontalLayout();
    private final Map<String, HasValidation> fieldsByName;
    private final TabSheet tabs = new TabSheet();
    private final HistoryGrid historyGrid;

    private long developmentId;
    private @Nullable UnitDetails editing0;

    UnitEditor(CatalogEditService editing, HistoryService history, java.time.ZoneId zone, boolean canEdit,
               java.util.function.LongFunction<java.util.Optional<UnitDetails>> reload,
               Consumer<UnitDetails> onSaved, Runnable onClose) {
        this.editing = editing;
        this.canEdit = canEdit;
        this.reload = reload;
        this.onSaved = onSaved;
        this.onClose = onClose;
        addClassName("unit-editor");
        setId("unit-editor");
        setPadding(true);
        fieldsByName = Map.ofEntries(Map.entry("name", name), Map.entry("status", status), Map.entry("price", price),
                Map.entry("directions", directions), Map.entry("block", block), Map.entry("floor", floor),
                Map.entry("bedrooms", bedrooms), Map.entry("builtArea", builtArea), Map.entry("notes", notes),
                Map.entry("holdReason", holdReason), Map.entry("holdUntil", holdUntil), Map.entry("reason", reason));
        configureFields();
        var form = new FormLayout(name, status, price, directions, block, floor, bedrooms, builtArea, holdReason,
                holdUntil, notes, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20em", 2));
        form.setColspan(notes, 2);
        form.setColspan(reason, 2);
        form.setColspan(directions, 2);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("unit-save");
        save.addClickListener(e -> save());
        var close = new Button(getTranslation("action.close"), e -> onClose.run());
        close.setId("unit-close");
        var buttons = new HorizontalLayout(save, close);
        save.setVisible(canEdit);
        badgeSlot.addClassName("unit-editor-badge");
        var details = new VerticalLayout(form, buttons);
        details.setPadding(false);
        historyGrid = new HistoryGrid(history, () -> editing0 == null ? HistoryFilter.ofUnit(-1)
                : HistoryFilter.ofUnit(editing0.id()), zone, null);
        historyGrid.getContent().setHeight("28rem");
        tabs.add(getTranslation("unit.tab.details"), details);
        tabs.add(getTranslation("unit.tab.history"), historyGrid);
        tabs.setWidthFull();
        add(new HorizontalLayout(title, badgeSlot), tabs);
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
        holdUntil.setClearButtonVisible(true);
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
        status.addValueChangeListener(e -> showHoldFields());
        List<HasValue<?, ?>> checked = List.of(name, price, block, holdReason, reason, notes, status, floor, bedrooms,
                builtArea, holdUntil);
        checked.forEach(field -> field.addValueChangeListener(e -> validateAsYouType()));
    }

    /** Shows the open unit as it is now, after a change made elsewhere (a bulk change, an import, an undo). */
    void reloadIfOpen() {
        if (isVisible() && editing0 != null) {
            reload.apply(editing0.id()).ifPresent(this::edit);
        }
    }

    void edit(UnitDetails unit) {
        editing0 = unit;
        historyGrid.refresh();
        developmentId = unit.developmentId();
        title.setText(unit.name());
        badgeSlot.removeAll();
        badgeSlot.add(new SyncBadgeLabel(unit.sync()));
        name.setValue(unit.name());
        name.setReadOnly(true);
        fill(unit.values());
        reason.clear();
        setReadOnly(!canEdit);
        clearErrors();
        showPropqFieldErrors(unit.sync());
    }

    void create(long developmentId) {
        editing0 = null;
        tabs.setSelectedIndex(0);
        historyGrid.refresh();
        this.developmentId = developmentId;
        title.setText(getTranslation("unit.new"));
        badgeSlot.removeAll();
        name.clear();
        name.setReadOnly(false);
        fill(new UnitValues(UnitStatus.AVAILABLE, BigDecimal.ZERO, EnumSet.noneOf(Direction.class), null, null, null,
                null, null, null, null));
        price.clear();
        reason.clear();
        setReadOnly(false);
        clearErrors();
        name.focus();
    }

    private void fill(UnitValues values) {
        status.setValue(values.status());
        price.setValue(withoutZeroCents(values.price()));
        directions.setValue(values.directions());
        block.setValue(values.block() == null ? "" : values.block());
        floor.setValue(values.floor());
        bedrooms.setValue(values.bedrooms());
        builtArea.setValue(withoutZeroCents(values.builtArea()));
        notes.setValue(values.notes() == null ? "" : values.notes());
        holdReason.setValue(values.holdReason() == null ? "" : values.holdReason());
        holdUntil.setValue(values.holdUntil());
        showHoldFields();
    }

    /** 512345 reads better than 512345.00; real cents stay. */
    private static @Nullable BigDecimal withoutZeroCents(@Nullable BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, java.math.RoundingMode.UNNECESSARY) : amount;
    }

    private void setReadOnly(boolean readOnly) {
        List<HasValue<?, ?>> editable = List.of(status, price, directions, block, floor, bedrooms, builtArea, notes,
                holdReason, holdUntil, reason);
        editable.forEach(field -> field.setReadOnly(readOnly));
        reason.setVisible(!readOnly);
    }

    private void showHoldFields() {
        boolean hold = status.getValue() == UnitStatus.HOLD;
        holdReason.setVisible(hold);
        holdUntil.setVisible(hold);
    }

    /** What the form holds now; a missing price or status is reported rather than guessed. */
    private @Nullable UnitValues formValues() {
        if (status.getValue() == null || price.getValue() == null) {
            return null;
        }
        return new UnitValues(status.getValue(), price.getValue(), directions.getValue(), block.getValue(),
                floor.getValue(), bedrooms.getValue(), builtArea.getValue(), notes.getValue(),
                holdReason.getValue(), holdUntil.getValue());
    }

    private void validateAsYouType() {
        if (!canEdit) {
            return;
        }
        clearErrors();
        var values = formValues();
        if (values == null) {
            if (price.getValue() == null) {
                showProblem(new FieldProblem("price", "validation.required"));
            }
            return;
        }
        var before = editing0 == null ? values : editing0.values();
        editing.check(before, values, reason.getValue()).forEach(this::showProblem);
    }

    private void save() {
        clearErrors();
        var values = formValues();
        if (values == null) {
            showProblem(new FieldProblem("price", "validation.required"));
            return;
        }
        try {
            var saved = editing0 == null
                    ? editing.createUnit(developmentId, name.getValue(), values)
                    : editing.saveUnit(editing0.id(), editing0.version(), values, reason.getValue());
            Notification.show(getTranslation("unit.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            edit(saved);
            onSaved.accept(saved);
        } catch (CatalogValidationException e) {
            e.problems().forEach(this::showProblem);
        } catch (UnitEditConflictException e) {
            showConflict(e.current(), values);
        } catch (OptimisticLockingFailureException e) {
            if (editing0 == null) {
                throw e; // a new unit has no version to lose against
            }
            reload.apply(editing0.id()).ifPresent(current -> showConflict(current, values));
        }
    }

    /** Their values beside the user's; the user's input stays in the form whatever they choose. */
    private void showConflict(UnitDetails theirs, UnitValues mine) {
        new UnitConflictDialog(theirs, mine, () -> {
            // Keep mine: take their version as the base, so the next save knowingly replaces it.
            editing0 = theirs;
            badgeSlot.removeAll();
            badgeSlot.add(new SyncBadgeLabel(theirs.sync()));
            save();
        }, () -> edit(theirs)).open();
    }

    private void showProblem(FieldProblem problem) {
        var field = fieldsByName.get(problem.field());
        if (field != null) {
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.parameters().toArray()));
            field.setInvalid(true);
        } else {
            Notification.show(getTranslation(problem.messageKey(), problem.parameters().toArray()));
        }
    }

    private void clearErrors() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
    }

    // --- PropQ's answer, live from the delivery engine ------------------------------------------------------

    /** The unit being edited, if any (not while creating one). */
    @Nullable Long unitId() {
        return editing0 == null ? null : editing0.id();
    }

    /** The unit's sync state changed: a new badge, and a parked 422's field errors next to their fields. */
    void showSync(SyncState sync) {
        badgeSlot.removeAll();
        badgeSlot.add(new SyncBadgeLabel(sync));
        showPropqFieldErrors(sync);
    }

    private void showPropqFieldErrors(SyncState sync) {
        sync.fieldErrors().forEach((field, messages) -> {
            var target = fieldsByName.get(field);
            if (target != null) {
                target.setErrorMessage(getTranslation("sync.field-error", String.join(" ", messages)));
                target.setInvalid(true);
            }
        });
    }
}
