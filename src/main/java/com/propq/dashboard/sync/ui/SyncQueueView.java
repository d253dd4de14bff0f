package com.propq.dashboard.sync.ui;

import com.propq.dashboard.users.Roles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The queue of changes on their way to PropQ; filled by the delivery engine. */
@Route("sync-queue")
@Menu(title = "nav.sync-queue", order = 2, icon = "vaadin:exchange")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class SyncQueueView extends VerticalLayout implements HasDynamicTitle {

    SyncQueueView() {
        add(new H2(getTranslation("nav.sync-queue")), new Paragraph(getTranslation("sync-queue.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sync-queue");
    }
}
