package com.propq.dashboard.overview.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.sync.SyncSnapshot;
import com.propq.dashboard.sync.ui.SyncQueueView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;

/** Pending and parked changes, the oldest pending change's age and the circuit, with a link to the queue. */
final class SyncHealthPanel extends OverviewCard {

    private final boolean mayOpenQueue;

    SyncHealthPanel(boolean mayOpenQueue) {
        super("overview-sync", "overview.sync");
        this.mayOpenQueue = mayOpenQueue;
    }

    void show(SyncSnapshot snapshot) {
        if (!changed(java.util.Arrays.asList(
                snapshot.waiting(), snapshot.parked(), snapshot.oldestPendingSince(), snapshot.unreachableSince()))) {
            return;
        }
        var tiles = new Div(
                tile("overview.sync.pending", Long.toString(snapshot.waiting()), "overview-sync-pending", false),
                tile(
                        "overview.sync.parked",
                        Long.toString(snapshot.parked()),
                        "overview-sync-parked",
                        snapshot.parked() > 0),
                tile(
                        "overview.sync.oldest",
                        snapshot.oldestPendingSince() == null
                                ? "–"
                                : Formats.age(snapshot.oldestPendingAge(Instant.now())),
                        "overview-sync-oldest",
                        false),
                tile("overview.sync.circuit", circuit(snapshot), "overview-sync-circuit", snapshot.circuitOpen()));
        tiles.addClassName("overview-tiles");
        if (!mayOpenQueue) {
            showContent(tiles);
            return;
        }
        var link = new RouterLink(SyncQueueView.class);
        link.add(VaadinIcon.EXCHANGE.create(), new Span(getTranslation("overview.sync.open-queue")));
        link.setId("overview-open-queue");
        link.addClassName("overview-link");
        showContent(tiles, link);
    }

    private String circuit(SyncSnapshot snapshot) {
        if (!snapshot.circuitOpen()) {
            return getTranslation("overview.sync.circuit.closed");
        }
        return getTranslation("overview.sync.circuit.open", Formats.dateTime(snapshot.unreachableSince(), getLocale()));
    }

    /** A figure with its label; a warning one also gets an icon and the word "attention" for screen readers. */
    private Div tile(String labelKey, String value, String id, boolean warning) {
        var figure = new Span(value);
        figure.setId(id);
        figure.addClassName("overview-tile-value");
        var tile = new Div(new Span(getTranslation(labelKey)), figure);
        tile.addClassName("overview-tile");
        if (warning) {
            tile.addClassName("overview-tile-warning");
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-label", getTranslation("overview.warning"));
            icon.getElement().setAttribute("role", "img");
            tile.addComponentAsFirst(icon);
        }
        return tile;
    }
}
