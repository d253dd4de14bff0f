package com.propq.dashboard.publish.ui;

import com.propq.dashboard.publish.PublishInProgressException;
import com.propq.dashboard.publish.PublishService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;

/**
 * Confirms publishing a development, saying how many of its changes PropQ has yet to receive first, and how many
 * of its units PropQ has never received at all (refused, discarded or never sent), which the publish goes without.
 */
public final class PublishDialog extends Dialog {

    public PublishDialog(PublishService publishing, long developmentId, String developmentName, Runnable published) {
        setHeaderTitle(getTranslation("publish.confirm.title", developmentName));
        int waiting = publishing.waitingChanges(developmentId);
        int notAtPropq = publishing.unitsNotAtPropq(developmentId);
        var sentences = new ArrayList<String>();
        if (waiting > 0) {
            sentences.add(getTranslation("publish.confirm.waiting", waiting));
        }
        if (notAtPropq > 0) {
            sentences.add(getTranslation("publish.confirm.not-at-propq", notAtPropq));
        }
        if (sentences.isEmpty()) {
            sentences.add(getTranslation("publish.confirm.none-waiting"));
        }
        var message = new Paragraph(String.join(" ", sentences));
        message.setId("publish-waiting");
        add(message);
        var confirm = new Button(getTranslation("publish.confirm.ok"), e -> {
            try {
                publishing.publish(developmentId);
                Notification.show(getTranslation("publish.queued"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PublishInProgressException refused) {
                Notification.show(getTranslation("publish.in-progress"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            close();
            published.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("publish-confirm");
        var cancel = new Button(getTranslation("publish.confirm.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
