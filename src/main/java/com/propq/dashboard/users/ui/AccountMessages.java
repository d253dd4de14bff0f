package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.AccountRuleException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

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

    /**
     * The refusal beside the field it is about, looked up by its message key; a refusal about no field of the form
     * is shown as a notification.
     */
    static void showRefusal(
            Component where, AccountRuleException refusal, Map<String, ? extends HasValidation> fieldsByMessageKey) {
        var field = fieldsByMessageKey.get(refusal.messageKey());
        if (field == null) {
            showRefusal(where, refusal);
            return;
        }
        field.setErrorMessage(text(where, refusal));
        field.setInvalid(true);
    }

    static void clearRefusals(Map<String, ? extends HasValidation> fieldsByMessageKey) {
        fieldsByMessageKey.values().forEach(field -> field.setInvalid(false));
    }

    static void showDone(String text) {
        var notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
