package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.BatchConflictException;
import com.propq.dashboard.catalog.BatchResult;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The notice after a bulk change, import or undo: what it did to how many units ("'Bulk change 5%': 3 units
 * changed", "Undo of 'Bulk change 5%', 3 units"), with Undo where the batch can be undone, asked for once more with
 * the count. It stays until closed, since it holds an action; a newer batch's notice replaces it.
 */
final class BatchNotice extends Notification {

    private final Span message = new Span();
    private final Button undo = new Button();

    private BatchNotice(BulkEditService bulk, BatchResult result, Consumer<BatchResult> onUndone) {
        var batch = bulk.batch(result.batchId());
        var name = BatchNames.of(this, batch, bulk::batch);
        message.setText(
                batch.undoes() != null
                        ? getTranslation("batch.undone", name, result.unitCount())
                        : getTranslation("batch.applied", name, result.unitCount()));
        undo.setText(getTranslation("batches.undo"));
        undo.addClickListener(e -> confirmUndo(bulk, result, name, onUndone));
        undo.setId("batch-notice-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // An undo is undone under Batches; a batch that created units cannot be undone (PropQ cannot delete one).
        undo.setVisible(batch.undoes() == null && batch.createdUnits() == 0);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("batch.notice.close"));
        var layout = new HorizontalLayout(message, undo, close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        add(layout);
        setId("batch-notice");
        addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        setPosition(Position.BOTTOM_START);
        setDuration(0);
    }

    /** Shows the notice of {@code result}; {@code onUndone} gets the undo's result when the user undoes it here. */
    static void show(BulkEditService bulk, BatchResult result, Consumer<BatchResult> onUndone) {
        var ui = UI.getCurrent();
        var previous = ComponentUtil.getData(ui, BatchNotice.class);
        if (previous != null) {
            previous.close();
        }
        var notice = new BatchNotice(bulk, result, onUndone);
        ComponentUtil.setData(ui, BatchNotice.class, notice);
        notice.open();
    }

    private void confirmUndo(BulkEditService bulk, BatchResult result, String name, Consumer<BatchResult> onUndone) {
        var confirm = new ConfirmDialog();
        confirm.setId("batch-undo-confirm");
        confirm.setHeader(getTranslation("batch.undo-confirm.title"));
        confirm.setText(getTranslation("batch.undo-confirm", name, result.unitCount()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("batches.undo"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                var undone = bulk.undo(result.batchId(), BatchNames.undoOf(this, name));
                close();
                onUndone.accept(undone);
            } catch (CatalogValidationException ex) {
                refused(ex.problems().stream()
                        .map(p -> Problems.describe(this, p))
                        .collect(Collectors.joining(" ")));
            } catch (BatchConflictException ex) {
                refused(getTranslation("batches.undo-conflict", String.join(", ", ex.unitNames())));
            }
        });
        confirm.open();
    }

    /** Nothing was changed: the notice says why, and offers no Undo any more. */
    private void refused(String why) {
        message.setText(why);
        removeThemeVariants(NotificationVariant.LUMO_SUCCESS);
        addThemeVariants(NotificationVariant.LUMO_ERROR);
        undo.setVisible(false);
    }
}
