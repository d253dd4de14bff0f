package com.propq.dashboard.sync.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.sync.SyncSnapshot;
import com.propq.dashboard.sync.SyncUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "PropQ unreachable since …, N changes waiting": shown on every page while the circuit is open, live. */
public final class SyncOutageBanner extends Div {

    private final SyncUpdates updates;
    private final Span text = new Span();

    public SyncOutageBanner(SyncUpdates updates) {
        this.updates = updates;
        setId("sync-outage-banner");
        addClassName("sync-outage-banner");
        getElement().setAttribute("role", "alert");
        add(VaadinIcon.WARNING.create(), text);
        show(updates.current());
    }

    private void show(SyncSnapshot snapshot) {
        setVisible(snapshot.circuitOpen());
        if (snapshot.circuitOpen()) {
            text.setText(getTranslation(
                    "sync.banner.unreachable",
                    Formats.dateTime(snapshot.unreachableSince(), getLocale()),
                    snapshot.waiting()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        show(updates.current());
        UntilDetached.keep(event, updates.subscribe(snapshot -> ui.access(() -> show(snapshot))));
    }
}
