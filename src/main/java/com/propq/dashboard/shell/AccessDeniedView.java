package com.propq.dashboard.shell;

import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the user's role may not open, said plainly inside the app's frame (the menu shows what they may open).
 * Vaadin's default would show it as not found; for signed-in colleagues a clear refusal helps more than hiding
 * that the page exists.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("access-denied-view");
        add(
                new H2(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new RouterLink(getTranslation("action.go-home"), DevelopmentsView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
