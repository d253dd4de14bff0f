package com.propq.dashboard.publish.ui;

import com.propq.dashboard.publish.PublishInProgressException;
import com.propq.dashboard.publish.PublishService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Confirms publishing a development, saying how many of its changes PropQ has yet to receive first. */
public final class PublishDialog extends Dialog {

    public PublishDialog(PublishService publishing, long developmentId, String developmentName, Runnable published) {
        setHeaderTitle(getTranslation("publish.confirm.title", developmentName));
        int waiting = publishing.waitingChanges(developmentId);
        var message = new Paragraph(
                waiting == 0
                        ? getTranslation("publish.confirm.none-waiting")
                        : getTranslation("publish.confirm.waiting", waiting));
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
