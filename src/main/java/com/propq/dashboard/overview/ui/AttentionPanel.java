package com.propq.dashboard.overview.ui;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.FilterAddress;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.overview.Attention;
import com.propq.dashboard.overview.OverviewService;
import com.propq.dashboard.sync.OutboxState;
import com.propq.dashboard.sync.ui.SyncQueueView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;

/** Parked changes, holds ending within a week, failed publishes and (admins) the PropQ token: each in words. */
final class AttentionPanel extends OverviewCard {

    private final boolean mayOpenQueue;

    AttentionPanel(boolean mayOpenQueue) {
        super("overview-attention", "overview.attention");
        this.mayOpenQueue = mayOpenQueue;
    }

    void show(Attention attention, ZoneId zone) {
        if (!changed(attention)) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("overview-list");
        if (attention.parkedChanges() > 0) {
            var text = getTranslation("overview.attention.parked", attention.parkedChanges());
            Component parked = new Span(text);
            if (mayOpenQueue) {
                // Exactly the rows counted: the count is every parked outbox row, and so is this filter.
                var queue = new RouterLink(text, SyncQueueView.class);
                queue.setQueryParameters(FilterAddress.parameters(SyncQueueView.STATE, OutboxState.PARKED));
                parked = queue;
            }
            list.add(warning("attention-parked", parked));
        }
        if (attention.expiringHoldCount() > 0) {
            var holds = new UnorderedList();
            holds.addClassName("overview-sublist");
            for (var hold : attention.expiringHolds()) {
                holds.add(new ListItem(
                        DevelopmentAddress.link(
                                DevelopmentAddress.of(hold.developmentId(), DevelopmentAddress.Tab.UNITS),
                                hold.developmentName() + " · " + hold.unitName()),
                        new Span(" "
                                + getTranslation(
                                        "overview.attention.hold-ends", Formats.date(hold.holdUntil(), getLocale())))));
            }
            var item = warning(
                    "attention-holds",
                    new Span(getTranslation(
                            "overview.attention.holds",
                            attention.expiringHoldCount(),
                            OverviewService.HOLD_WARNING_DAYS)));
            item.add(holds);
            list.add(item);
        }
        if (!attention.failedPublishes().isEmpty()) {
            var failures = new UnorderedList();
            failures.addClassName("overview-sublist");
            for (var publish : attention.failedPublishes()) {
                failures.add(new ListItem(
                        DevelopmentAddress.link(
                                DevelopmentAddress.of(publish.developmentId(), DevelopmentAddress.Tab.UNITS),
                                publish.developmentName()),
                        new Span(" · " + publish.status())));
            }
            var item = warning(
                    "attention-publishes",
                    new Span(getTranslation(
                            "overview.attention.publishes-failed",
                            attention.failedPublishes().size())));
            item.add(failures);
            list.add(item);
        }
        if (attention.tokenExpiresAt() != null) {
            list.add(warning(
                    "attention-token",
                    new Span(getTranslation(
                            "overview.attention.token",
                            Formats.dateTime(attention.tokenExpiresAt(), zone, getLocale())))));
        }
        if (attention.nothing()) {
            var ok = new ListItem(
                    VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("overview.attention.nothing")));
            ok.setId("attention-nothing");
            list.add(ok);
        }
        showContent(list);
    }

    private ListItem warning(String id, Component text) {
        var icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", getTranslation("overview.warning"));
        var item = new ListItem(icon, text);
        item.setId(id);
        item.addClassName("overview-warning");
        return item;
    }
}
