package com.propq.dashboard.sync.ui;

import com.propq.dashboard.sync.QueueRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks an admin to confirm that a parked change will never reach PropQ. */
final class DiscardDialog extends Dialog {

    DiscardDialog(QueueRow row, Runnable onConfirm) {
        setHeaderTitle(getTranslation("sync.discard.title"));
        add(new Paragraph(getTranslation(
                "sync.discard.text",
                row.unitName() == null
                        ? row.propqDevelopmentId()
                        : row.propqDevelopmentId() + " / " + row.unitName())));
        var confirm = new Button(getTranslation("sync.queue.discard"), e -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("sync-discard-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
