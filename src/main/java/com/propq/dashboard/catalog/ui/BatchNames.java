package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.BatchSummary;
import com.propq.dashboard.catalog.BulkAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * A batch as a person names it, in their language: "Bulk change 5%", "Bulk change to Sold", "Price list import",
 * "Undo of 'Bulk change 5%'".
 */
final class BatchNames {

    private BatchNames() {}

    /** {@code find} reads the batch an undo undid, to name it too. */
    static String of(Component translator, BatchSummary batch, Function<UUID, BatchSummary> find) {
        if (batch.undoes() != null) {
            return undoOf(translator, of(translator, find.apply(batch.undoes()), find));
        }
        if ("IMPORT".equals(batch.kind())) {
            return translator.getTranslation("batch.name.IMPORT");
        }
        var locale = translator.getUI().map(UI::getLocale).orElseGet(Locale::getDefault);
        return batch.action()
                .map(action -> switch (action) {
                    case BulkAction.SetStatus s ->
                        translator.getTranslation(
                                "batch.name.STATUS", translator.getTranslation("status." + s.status()));
                    case BulkAction.ChangePrice p
                    when p.mode() == BulkAction.ChangePrice.Mode.PERCENT ->
                        translator.getTranslation("batch.name.PRICE_PERCENT", p.value());
                    case BulkAction.ChangePrice p ->
                        translator.getTranslation("batch.name.PRICE_AMOUNT", Formats.euros(p.value(), locale));
                })
                .orElseGet(() -> translator.getTranslation("batches.kind.BULK_BATCH"));
    }

    /** "Undo of 'Bulk change 5%'": the undo's name, and the reason its history entries give. */
    static String undoOf(Component translator, String undoneName) {
        return translator.getTranslation("batch.name.UNDO", undoneName);
    }
}
