package com.propq.dashboard.users.ui;

import com.propq.dashboard.users.UserAccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where a user with a temporary password is sent, whatever page they ask for, until they choose
 * their own (see {@link PasswordChangeGate}). Without the main layout: they may open nothing else yet.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(UserAccountService accounts, AuthenticationContext authentication) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var form = new PasswordChangeForm(accounts, () -> {
            AccountMessages.showDone(getTranslation("password.changed"));
            // A new page load: the next request picks up the user's roles (AccountStateFilter).
            UI.getCurrent().getPage().setLocation(".");
        });
        form.setMaxWidth("32rem");
        var signOut = new Button(
                getTranslation("action.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        add(
                new H1(getTranslation("app.title")),
                new H2(getTranslation("password.forced.title")),
                new Paragraph(getTranslation("password.forced.text")),
                form,
                signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forced.title") + " · " + getTranslation("app.title");
    }
}
