package com.propq.dashboard.propq.ui;

import com.propq.dashboard.propq.PropqProperties;
import com.propq.dashboard.users.Roles;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** How this instance reaches PropQ (admins only). Never shows the secret. */
@Route("propq")
@Menu(title = "nav.propq", order = 5, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
public class PropqConnectionView extends VerticalLayout implements HasDynamicTitle {

    PropqConnectionView(PropqProperties propq) {
        var form = new FormLayout();
        form.addFormItem(value(getTranslation("propq.mode." + propq.mode().name())), getTranslation("propq.mode"));
        form.addFormItem(value(propq.baseUrl()), getTranslation("propq.base-url"));
        form.addFormItem(value(propq.clientId() == null || propq.clientId().isBlank()
                ? getTranslation("propq.not-configured") : propq.clientId()), getTranslation("propq.client-id"));
        add(new H2(getTranslation("nav.propq")), form);
    }

    private static Span value(String text) {
        var span = new Span(text);
        span.addClassName("form-value");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.propq");
    }
}
