package com.propq.dashboard.history.ui;

import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.UUID;

/** One batch (bulk change, import, undo) as one item: all its changes, and its undo for those allowed. */
public final class BatchDialog extends Dialog {

    public BatchDialog(HistoryService history, UUID batchId, ZoneId zone, boolean canUndo, Runnable onUndone) {
        setId("batch-dialog");
        setWidth("min(70rem, 95vw)");
        setHeight("70vh");
        setHeaderTitle(getTranslation("history.batch.title", batchId.toString().substring(0, 8)));
        var message = new Paragraph();
        var entries = new HistoryGrid(history, () -> HistoryFilter.ofBatch(batchId), zone, null);
        entries.getContent().setHeight("100%");
        add(message, entries);
        var undo = new Button(getTranslation("batches.undo"), e -> {
            try {
                history.undoBatch(batchId);
                close();
                onUndone.run();
            } catch (RuntimeException ex) {
                // Already undone, a unit changed since, or it created units; nothing was changed.
                message.setText(getTranslation("history.batch.undo-refused"));
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undo.setVisible(canUndo);
        undo.setId("batch-undo");
        getFooter().add(undo, new Button(getTranslation("action.close"), e -> close()));
    }
}
