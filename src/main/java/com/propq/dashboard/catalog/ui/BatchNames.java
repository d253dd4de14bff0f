package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.catalog.BatchSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * A batch as a person names it, in their language: "Bulk change 5%", "Bulk change to Sold", "Price list import",
 * "Undo of 'Bulk change 5%'". Read from the batch's description, which {@code BulkEditService} writes in a fixed
 * form ("price PERCENT 5 NONE", "status=SOLD").
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
        var description = batch.description();
        var locale = translator.getUI().map(UI::getLocale).orElseGet(Locale::getDefault);
        if (description.startsWith("status=")) {
            return translator.getTranslation(
                    "batch.name.STATUS", translator.getTranslation("status." + description.substring(7)));
        }
        var words = description.split(" ");
        if (words.length >= 3 && words[0].equals("price")) {
            var value = new BigDecimal(words[2]);
            return words[1].equals("PERCENT")
                    ? translator.getTranslation("batch.name.PRICE_PERCENT", value)
                    : translator.getTranslation("batch.name.PRICE_AMOUNT", Formats.euros(value, locale));
        }
        return translator.getTranslation("batches.kind.BULK_BATCH");
    }

    /** "Undo of 'Bulk change 5%'": the undo's name, and the reason its history entries give. */
    static String undoOf(Component translator, String undoneName) {
        return translator.getTranslation("batch.name.UNDO", undoneName);
    }
}
