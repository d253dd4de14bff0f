package com.propq.dashboard.history.ui;

import com.propq.dashboard.users.Roles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Who changed what, when and why; filled by the catalog editing and history issues. */
@Route("history")
@Menu(title = "nav.history", order = 3, icon = "vaadin:time-backward")
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    HistoryView() {
        add(new H2(getTranslation("nav.history")), new Paragraph(getTranslation("history.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.history");
    }
}
