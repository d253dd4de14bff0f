package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.AccountRuleException;
import com.propq.dashboard.users.NewUser;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.TemporaryPassword;
import com.propq.dashboard.users.UserAdminService;
import com.propq.dashboard.users.UserLanguages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The admin's form for a new user; the service checks everything and makes the password. */
class NewUserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Select<Locale> language = new Select<>();
    final Button create = new Button();
    private final Map<String, HasValidation> fieldsByRefusal = Map.of(
            "users.error.username-invalid", username,
            "users.error.username-taken", username,
            "users.error.display-name-required", displayName,
            "users.error.email-invalid", email,
            "users.error.no-role", roles);

    NewUserDialog(UserAdminService admin, Consumer<TemporaryPassword> created) {
        setHeaderTitle(getTranslation("users.new.title"));
        username.setLabel(getTranslation("users.username"));
        username.setRequiredIndicatorVisible(true);
        username.setId("new-user-username");
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setId("new-user-display-name");
        email.setLabel(getTranslation("users.email"));
        email.setId("new-user-email");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        roles.setId("new-user-roles");
        language.setLabel(getTranslation("users.language"));
        language.setItems(UserLanguages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(UserLanguages.of(getLocale().getLanguage()));
        language.setId("new-user-language");
        add(new FormLayout(username, displayName, email, language, roles));

        create.setText(getTranslation("users.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user-create");
        create.addClickListener(e -> {
            AccountMessages.clearRefusals(fieldsByRefusal);
            try {
                var password = admin.createUser(new NewUser(
                        username.getValue(),
                        displayName.getValue(),
                        email.getValue(),
                        roles.getValue(),
                        language.getValue().getLanguage()));
                close();
                created.accept(password);
            } catch (AccountRuleException refusal) {
                AccountMessages.showRefusal(this, refusal, fieldsByRefusal);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
