package com.propq.dashboard.sync.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks an admin to confirm a retry or discard of every parked row the queue's filter shows, saying how many. */
final class BulkQueueActionDialog extends Dialog {

    /** @param action {@code retry} or {@code discard}: picks the texts and the confirm button's look */
    BulkQueueActionDialog(String action, int count, Runnable onConfirm) {
        setId("sync-bulk-dialog");
        setHeaderTitle(getTranslation("sync.bulk." + action + ".title", count));
        var text = new Paragraph(getTranslation("sync.bulk." + action + ".text", count));
        text.setId("sync-bulk-text");
        add(text);
        var confirm = new Button(getTranslation("sync.bulk." + action, count), e -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (action.equals("discard")) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("sync-bulk-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
