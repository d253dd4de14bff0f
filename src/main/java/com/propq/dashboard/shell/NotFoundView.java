package com.propq.dashboard.shell;

import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown pages, inside the app's frame so the menu stays at hand. An address under {@code development/} that
 * names no development (not a number, or an id nobody has) says so in those words. For signed-in users only:
 * anyone else is sent to sign in first.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        var what = event.getLocation().getFirstSegment().equals("development") ? "no-such-development" : "not-found";
        removeAll();
        addClassName("not-found-view");
        add(
                new H2(getTranslation("error." + what + ".title")),
                new Paragraph(getTranslation("error." + what + ".text")),
                new RouterLink(getTranslation("action.go-home"), DevelopmentsView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
