package com.propq.dashboard.overview.ui;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.base.ui.ViewerZone;
import com.propq.dashboard.catalog.ui.DevelopmentsView;
import com.propq.dashboard.catalog.ui.EmptyCatalog;
import com.propq.dashboard.overview.OverviewService;
import com.propq.dashboard.sync.SyncUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The landing page: availability, sync health, publishing, what needs attention and the latest changes, at a
 * glance. Everything is read again whenever the delivery engine's state changes (any edit queues a change).
 */
@Route("")
@Menu(title = "nav.overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private final OverviewService overview;
    private final SyncUpdates syncUpdates;
    private final AvailabilityPanel availability = new AvailabilityPanel();
    private final SyncHealthPanel syncHealth;
    private final PublishPanel publishing = new PublishPanel();
    private final AttentionPanel attention;
    private final LatestChangesPanel latest = new LatestChangesPanel();
    private final PropqPanel propq = new PropqPanel();

    OverviewView(OverviewService overview, SyncUpdates syncUpdates, AuthenticationContext authentication) {
        this.overview = overview;
        this.syncUpdates = syncUpdates;
        var mayOpenQueue = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT);
        syncHealth = new SyncHealthPanel(mayOpenQueue);
        attention = new AttentionPanel(mayOpenQueue);
        setId("overview");
        addClassName("overview");
        var cards = new Div(propq, availability, syncHealth, attention, publishing, latest);
        cards.addClassName("overview-cards");
        add(new H2(getTranslation("overview.title")));
        // A new agency's first screen: what to do next, before the (still empty) figures.
        if (overview.catalogEmpty()) {
            var canCreate = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT);
            add(EmptyCatalog.of(
                    this,
                    canCreate,
                    () -> getUI().ifPresent(ui ->
                            ui.navigate(DevelopmentsView.class, QueryParameters.of(DevelopmentsView.NEW, "")))));
        }
        add(cards);
    }

    private void refresh() {
        var zone = getUI().map(ViewerZone::of).orElse(java.time.ZoneId.systemDefault());
        var reach = overview.propqReach();
        propq.setVisible(reach.isPresent());
        reach.ifPresent(r -> propq.show(r, zone));
        availability.show(overview.availability());
        syncHealth.show(overview.syncHealth());
        publishing.show(overview.latestPublishes(), zone);
        attention.show(overview.attention(), zone);
        latest.show(overview.latestChanges(OverviewService.LIST_LIMIT), zone);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        var ui = event.getUI();
        var sync = syncUpdates.subscribe(snapshot -> ui.access(this::refresh));
        var publishing = overview.onPublishChange(() -> ui.access(this::refresh));
        UntilDetached.keep(event, () -> {
            sync.remove();
            publishing.remove();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
