package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.AccountRuleException;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.UserAdminService;
import com.propq.dashboard.users.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;

/** Edits one user's roles; the service refuses to take ADMIN from the last active admin. */
class RolesDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    RolesDialog(UserAdminService admin, UserSummary user, Runnable saved) {
        setHeaderTitle(getTranslation("users.roles.title", user.username()));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(user.roles());
        roles.setId("roles-edit");
        add(roles);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("roles-save");
        // Both refusals are about the roles chosen: no role, or ADMIN taken from the last active admin.
        var fieldsByRefusal = Map.of("users.error.no-role", roles, "users.error.last-admin", roles);
        save.addClickListener(e -> {
            AccountMessages.clearRefusals(fieldsByRefusal);
            try {
                admin.changeRoles(user.id(), roles.getValue());
                close();
                saved.run();
                AccountMessages.showDone(getTranslation("users.done.roles", user.username()));
            } catch (AccountRuleException refusal) {
                AccountMessages.showRefusal(this, refusal, fieldsByRefusal);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
