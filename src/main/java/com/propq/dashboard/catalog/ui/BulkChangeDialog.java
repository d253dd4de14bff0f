package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.ComponentI18n;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.BatchConflictException;
import com.propq.dashboard.catalog.BatchResult;
import com.propq.dashboard.catalog.BulkAction;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.BulkLine;
import com.propq.dashboard.catalog.BulkPreview;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A bulk change on the selected units, or on all the filter shows: choose, preview every unit's
 * before and after with the totals, then apply exactly that preview as one undoable batch.
 */
final class BulkChangeDialog extends Dialog {

    private enum Kind {
        STATUS,
        PRICE
    }

    private final BulkEditService bulk;
    private final long developmentId;
    private final Set<Long> selection;
    private final UnitFilter filter;
    private final Consumer<BatchResult> onApplied;
    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final Select<UnitStatus> status = new Select<>();
    private final DatePicker holdUntil = new DatePicker();
    private final Select<BulkAction.ChangePrice.Mode> mode = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final Select<BulkAction.Rounding> rounding = new Select<>();
    private final TextField reason = new TextField();
    private final Grid<BulkLine> previewGrid = new Grid<>();
    private final Paragraph totals = new Paragraph();
    private final Button apply = new Button();
    private @Nullable BulkPreview preview;

    BulkChangeDialog(
            BulkEditService bulk,
            long developmentId,
            Set<Long> selection,
            UnitFilter filter,
            Consumer<BatchResult> onApplied) {
        this.bulk = bulk;
        this.developmentId = developmentId;
        this.selection = selection;
        this.filter = filter;
        this.onApplied = onApplied;
        setId("bulk-dialog");
        setWidth("min(60rem, 95vw)");
        setHeaderTitle(getTranslation("bulk.title"));
        var scope = new Paragraph(
                selection.isEmpty()
                        ? getTranslation("bulk.scope.filter")
                        : getTranslation("bulk.scope.selection", selection.size()));
        kind.setLabel(getTranslation("bulk.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("bulk.kind." + k.name()));
        kind.setValue(Kind.PRICE);
        status.setLabel(getTranslation("unit.status"));
        status.setItems(UnitStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setValue(UnitStatus.AVAILABLE);
        holdUntil.setLabel(getTranslation("unit.hold-until"));
        ComponentI18n.localize(holdUntil);
        holdUntil.setClearButtonVisible(true);
        holdUntil.setId("bulk-hold-until");
        status.addValueChangeListener(e -> showFields());
        mode.setLabel(getTranslation("bulk.mode"));
        mode.setItems(BulkAction.ChangePrice.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("bulk.mode." + m.name()));
        mode.setValue(BulkAction.ChangePrice.Mode.PERCENT);
        amount.setLabel(getTranslation("bulk.amount"));
        amount.setHelperText(getTranslation("bulk.amount.help"));
        amount.setId("bulk-amount");
        rounding.setLabel(getTranslation("bulk.rounding"));
        rounding.setItems(BulkAction.Rounding.values());
        rounding.setItemLabelGenerator(r -> getTranslation("bulk.rounding." + r.name()));
        rounding.setValue(BulkAction.Rounding.NONE);
        reason.setLabel(getTranslation("unit.change-reason"));
        reason.setId("bulk-reason");
        kind.addValueChangeListener(e -> showFields());
        showFields();
        var form = new FormLayout(kind, status, holdUntil, mode, amount, rounding, reason);
        form.setColspan(reason, 2);

        previewGrid
                .addColumn(BulkLine::unitName)
                .setHeader(getTranslation("unit.name"))
                .setAutoWidth(true);
        previewGrid
                .addColumn(l -> getTranslation("status." + l.before().status().name()))
                .setHeader(getTranslation("bulk.status-before"));
        previewGrid
                .addColumn(l -> getTranslation("status." + l.after().status().name()))
                .setHeader(getTranslation("bulk.status-after"));
        previewGrid
                .addColumn(l -> l.after().holdUntil() == null
                        ? ""
                        : Formats.date(l.after().holdUntil(), getLocale()))
                .setHeader(getTranslation("unit.hold-until"));
        previewGrid
                .addColumn(l -> Formats.euros(l.before().price(), getLocale()))
                .setHeader(getTranslation("bulk.price-before"))
                .setTextAlign(ColumnTextAlign.END);
        previewGrid
                .addColumn(l -> Formats.euros(l.after().price(), getLocale()))
                .setHeader(getTranslation("bulk.price-after"))
                .setTextAlign(ColumnTextAlign.END);
        previewGrid.setHeight("18rem");
        previewGrid.setId("bulk-preview");
        previewGrid.setVisible(false);
        totals.setId("bulk-totals");

        var previewButton = new Button(getTranslation("bulk.preview"), e -> preview());
        previewButton.setId("bulk-preview-button");
        apply.setText(getTranslation("bulk.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.setId("bulk-apply");
        apply.addClickListener(e -> apply());
        // Any change to the choice makes the shown preview stale: preview again before applying.
        kind.addValueChangeListener(e -> apply.setEnabled(false));
        status.addValueChangeListener(e -> apply.setEnabled(false));
        holdUntil.addValueChangeListener(e -> apply.setEnabled(false));
        mode.addValueChangeListener(e -> apply.setEnabled(false));
        amount.addValueChangeListener(e -> apply.setEnabled(false));
        rounding.addValueChangeListener(e -> apply.setEnabled(false));
        reason.addValueChangeListener(e -> apply.setEnabled(false));
        add(scope, form, totals, previewGrid);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), previewButton, apply);
    }

    private void showFields() {
        boolean price = kind.getValue() == Kind.PRICE;
        status.setVisible(!price);
        holdUntil.setVisible(!price && status.getValue() == UnitStatus.HOLD);
        mode.setVisible(price);
        amount.setVisible(price);
        rounding.setVisible(price);
    }

    private @Nullable BulkAction action() {
        if (kind.getValue() == Kind.STATUS) {
            return new BulkAction.SetStatus(
                    status.getValue(), status.getValue() == UnitStatus.HOLD ? holdUntil.getValue() : null);
        }
        if (amount.getValue() == null) {
            amount.setErrorMessage(getTranslation("validation.required"));
            amount.setInvalid(true);
            return null;
        }
        amount.setInvalid(false);
        return new BulkAction.ChangePrice(mode.getValue(), amount.getValue(), rounding.getValue());
    }

    private void preview() {
        var action = action();
        if (action == null) {
            return;
        }
        try {
            preview = selection.isEmpty()
                    ? bulk.previewFiltered(developmentId, filter, action, reason.getValue())
                    : bulk.previewSelection(developmentId, selection, action, reason.getValue());
        } catch (CatalogValidationException e) {
            totals.setText(
                    e.problems().stream().map(p -> Problems.describe(this, p)).collect(Collectors.joining(" ")));
            return;
        }
        previewGrid.setItems(preview.lines());
        previewGrid.setVisible(true);
        totals.setText(getTranslation(
                "bulk.totals",
                preview.lines().size(),
                preview.changedCount(),
                Formats.euros(preview.totalBefore(), getLocale()),
                Formats.euros(preview.totalAfter(), getLocale())));
        apply.setEnabled(preview.changedCount() > 0);
    }

    private void apply() {
        if (preview == null) {
            return;
        }
        try {
            var result = bulk.apply(preview);
            close();
            onApplied.accept(result);
        } catch (CatalogValidationException e) {
            totals.setText(
                    e.problems().stream().map(p -> Problems.describe(this, p)).collect(Collectors.joining(" ")));
        } catch (BatchConflictException e) {
            apply.setEnabled(false);
            totals.setText(getTranslation("bulk.conflict", String.join(", ", e.unitNames())));
        }
    }
}
