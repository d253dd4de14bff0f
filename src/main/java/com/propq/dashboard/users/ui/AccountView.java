package com.propq.dashboard.users.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.users.AccountRuleException;
import com.propq.dashboard.users.UserAccountService;
import com.propq.dashboard.users.UserLanguages;
import com.propq.dashboard.users.UserRegions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Every user's own account: display name, language, region of dates and numbers, and password. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final TextField displayName = new TextField();
    private final Select<Locale> language = new Select<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final Button save = new Button();
    private final PasswordChangeForm password;

    AccountView(UserAccountService accounts) {
        var me = accounts.currentUser().orElseThrow();
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setValue(me.displayName());
        displayName.setId("account-display-name");
        language.setLabel(getTranslation("users.language"));
        language.setItems(UserLanguages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(me.locale());
        language.setId("account-language");
        region.setLabel(getTranslation("account.region"));
        region.setItems(UserRegions.all());
        region.setItemLabelGenerator(code ->
                new Locale.Builder().setRegion(code).build().getDisplayCountry(getLocale()) + " (" + code + ")");
        region.setPlaceholder(getTranslation("account.region.browser"));
        region.setClearButtonVisible(true);
        region.setValue(me.region());
        region.setHelperText(getTranslation("account.region.helper", Formats.dateTime(Instant.now(), getLocale())));
        region.setId("account-region");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        save.addClickListener(e -> {
            try {
                accounts.changeDisplayName(displayName.getValue());
                boolean newLocale =
                        !language.getValue().equals(me.locale()) || !Objects.equals(region.getValue(), me.region());
                accounts.changeLanguage(language.getValue());
                accounts.changeRegion(region.getValue());
                if (newLocale) {
                    // Every page of this session formats in the new locale from its next load.
                    UI.getCurrent().getSession().setLocale(language.getValue());
                    UI.getCurrent().getPage().reload();
                } else {
                    AccountMessages.showDone(getTranslation("account.saved"));
                }
            } catch (AccountRuleException refusal) {
                AccountMessages.showRefusal(this, refusal);
            }
        });
        var profile = new FormLayout(displayName, language, region);
        profile.setMaxWidth("32rem");
        password = new PasswordChangeForm(accounts, () -> AccountMessages.showDone(getTranslation("password.changed")));
        add(
                new H2(getTranslation("account.title")),
                new H3(getTranslation("account.profile")),
                profile,
                save,
                new H3(getTranslation("password.change")),
                password);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
