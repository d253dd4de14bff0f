package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.BatchConflictException;
import com.propq.dashboard.catalog.BatchResult;
import com.propq.dashboard.catalog.BatchSummary;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The development's recent batches (bulk changes, imports, undos), each undoable as a whole. */
final class BatchesDialog extends Dialog {

    BatchesDialog(BulkEditService bulk, long developmentId, ZoneId zone, Consumer<BatchResult> onUndone) {
        setId("batches-dialog");
        setWidth("min(56rem, 95vw)");
        setHeaderTitle(getTranslation("batches.title"));
        var message = new Paragraph();
        var grid = new Grid<BatchSummary>();
        grid.addColumn(b -> Formats.dateTime(b.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("batches.when"))
                .setAutoWidth(true);
        grid.addColumn(BatchSummary::actor)
                .setHeader(getTranslation("batches.who"))
                .setAutoWidth(true);
        grid.addColumn(b -> getTranslation("batches.kind." + (b.undoes() != null ? "UNDO" : b.kind())))
                .setHeader(getTranslation("batches.kind"))
                .setAutoWidth(true);
        grid.addColumn(BatchSummary::unitCount)
                .setHeader(getTranslation("batches.units"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.reason() == null ? "" : b.reason()).setHeader(getTranslation("batches.reason"));
        grid.addComponentColumn(b -> {
                    var undo = new Button(getTranslation("batches.undo"), e -> {
                        try {
                            var result =
                                    bulk.undo(b.id(), BatchNames.undoOf(this, BatchNames.of(this, b, bulk::batch)));
                            close();
                            onUndone.accept(result);
                        } catch (CatalogValidationException ex) {
                            message.setText(ex.problems().stream()
                                    .map(p -> Problems.describe(this, p))
                                    .collect(Collectors.joining(" ")));
                        } catch (BatchConflictException ex) {
                            message.setText(getTranslation("batches.undo-conflict", String.join(", ", ex.unitNames())));
                        }
                    });
                    undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    undo.setEnabled(b.undoneBy() == null);
                    return undo;
                })
                .setAutoWidth(true);
        grid.setItems(bulk.batches(developmentId, 50));
        grid.setHeight("20rem");
        add(grid, message);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
