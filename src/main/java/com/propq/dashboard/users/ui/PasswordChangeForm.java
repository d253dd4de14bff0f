package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.AccountRuleException;
import com.propq.dashboard.users.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** Current password, new one twice; used by the account page and the forced change after sign-in. */
class PasswordChangeForm extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button submit = new Button();

    PasswordChangeForm(UserAccountService accounts, Runnable changed) {
        setPadding(false);
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setId("password-new");
        confirm.setLabel(getTranslation("password.confirm"));
        confirm.setId("password-confirm");
        submit.setText(getTranslation("password.change"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("password-change");
        submit.addClickListener(e -> {
            if (!newPassword.getValue().equals(confirm.getValue())) {
                confirm.setInvalid(true);
                confirm.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            confirm.setInvalid(false);
            try {
                accounts.changeOwnPassword(current.getValue(), newPassword.getValue());
                current.clear();
                newPassword.clear();
                confirm.clear();
                changed.run();
            } catch (AccountRuleException refusal) {
                AccountMessages.showRefusal(this, refusal);
            }
        });
        var form = new FormLayout(current, newPassword, confirm);
        form.setMaxWidth("32rem");
        add(new Paragraph(getTranslation("password.rules")), form, submit);
    }
}
