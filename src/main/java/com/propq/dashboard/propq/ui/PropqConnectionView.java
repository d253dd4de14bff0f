package com.propq.dashboard.propq.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.AnswerDetails;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.propq.PlainAnswer;
import com.propq.dashboard.propq.PropqConnectionService;
import com.propq.dashboard.propq.PropqCredentials;
import com.propq.dashboard.propq.PropqOutcome;
import com.propq.dashboard.propq.PropqOutcome.Failure;
import com.propq.dashboard.propq.PropqOutcome.Success;
import com.propq.dashboard.propq.sandbox.SandboxControls;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;

/** How this instance reaches PropQ (admins only): mode, address, token, a live test, and the sandbox's switches. */
@Route("propq")
@Menu(title = "nav.propq", order = 5, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
public class PropqConnectionView extends VerticalLayout implements HasDynamicTitle {

    private final PropqConnectionService service;
    private final PropqCredentials credentials;
    private final FormLayout form = new FormLayout();
    private final Div testResult = new Div();

    PropqConnectionView(
            PropqConnectionService service, ObjectProvider<SandboxControls> sandbox, PropqCredentials credentials) {
        this.service = service;
        this.credentials = credentials;
        var test = new Button(getTranslation("propq.test"), VaadinIcon.CONNECT.create(), e -> testConnection());
        test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        test.setId("propq-test-connection");
        testResult.setId("propq-test-result");
        add(new H2(getTranslation("nav.propq")), form, test, testResult);
        showConnection();
        var controls = sandbox.getIfAvailable();
        if (controls != null) {
            add(new SandboxPanel(controls));
        }
    }

    private void showConnection() {
        form.removeAll();
        var connection = service.connection();
        form.addFormItem(value(getTranslation("propq.mode." + connection.mode().name())), getTranslation("propq.mode"));
        form.addFormItem(
                value(connection.baseUrl() == null ? getTranslation("propq.not-configured") : connection.baseUrl()),
                getTranslation("propq.base-url"));
        form.addFormItem(value(connection.clientId()), getTranslation("propq.client-id"));
        var token = connection.token();
        var tokenText = token.present() && token.expiresAt() != null
                ? getTranslation("propq.token.valid-until", dateTime(token.expiresAt()))
                : getTranslation("propq.token.none");
        var tokenValue = new Div(value(tokenText));
        if (connection.tokenAtRisk()) {
            var warning = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("propq.token.at-risk")));
            warning.getElement().getThemeList().add("badge error");
            warning.getElement().setAttribute("role", "alert");
            warning.setId("propq-token-warning");
            tokenValue.add(warning);
        }
        form.addFormItem(tokenValue, getTranslation("propq.token"));
        // Credentials PropQ refused even with a fresh token, as the delivery engine reported them.
        var refusedSince = credentials.refusedSince();
        if (refusedSince != null) {
            var refused = new Span(
                    VaadinIcon.WARNING.create(),
                    new Span(getTranslation("sync.credentials-refused", dateTime(refusedSince))));
            refused.getElement().getThemeList().add("badge error");
            refused.getElement().setAttribute("role", "alert");
            refused.setId("propq-credentials-refused");
            form.add(refused);
        }
    }

    private void testConnection() {
        testResult.removeAll();
        PropqOutcome<?> outcome = service.testConnection();
        if (outcome instanceof Success<?> success
                && success.value() instanceof com.propq.dashboard.propq.PropqIdentity who) {
            testResult.add(new Paragraph(getTranslation("propq.test.success")), new Pre(who.body()));
        } else if (outcome instanceof Failure<?> failure) {
            var plain = PlainAnswer.of(failure, null);
            var message = new Paragraph(getTranslation("propq.test.failure", plain.text(this::getTranslation)));
            message.getElement().setAttribute("role", "alert");
            message.setId("propq-test-plain");
            testResult.add(message, new AnswerDetails(plain.fieldErrorLines(), failure.detail()));
        }
        showConnection();
    }

    private String dateTime(Instant instant) {
        return Formats.dateTimeSeconds(instant, getLocale());
    }

    static Span value(String text) {
        var span = new Span(text);
        span.addClassName("form-value");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.propq");
    }
}
