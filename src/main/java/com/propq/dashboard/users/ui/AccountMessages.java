package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.AccountRuleException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Tells the user, in their language, why the account rules refused what they asked. */
final class AccountMessages {

    private static final int DURATION_MS = 6000;

    private AccountMessages() {}

    static String text(Component where, AccountRuleException refusal) {
        return where.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    static void showRefusal(Component where, AccountRuleException refusal) {
        var notification = Notification.show(text(where, refusal), DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("account-refusal");
    }

    static void showDone(String text) {
        var notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
