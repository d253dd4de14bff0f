package com.propq.dashboard.users.ui;

import com.propq.dashboard.infra.AppMode;
import com.propq.dashboard.users.DemoAccounts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in. Its error never says whether the username exists. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AppMode mode, AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H1(getTranslation("app.title")), form);
        if (mode.isDemo()) {
            add(demoAccounts(DemoAccounts.DEFAULT));
        }
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.username"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    private Div demoAccounts(DemoAccounts demo) {
        var box = new Div(
                new Paragraph(getTranslation("login.demo.intro")),
                line(getTranslation("login.demo.agent"), demo.agentUsername(), demo.agentPassword()),
                line(getTranslation("login.demo.reviewer"), demo.reviewerUsername(), demo.reviewerPassword()),
                new Paragraph(getTranslation("login.demo.admin")));
        box.addClassName("demo-accounts");
        box.setId("demo-accounts");
        return box;
    }

    private static Paragraph line(String role, String username, String password) {
        var user = new Span(username);
        user.addClassName("credential");
        var pass = new Span(password);
        pass.addClassName("credential");
        return new Paragraph(new Span(role + ": "), user, new Span(" / "), pass);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
