package com.propq.dashboard.publish.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.base.ui.PublishStatusLabel;
import com.propq.dashboard.base.ui.UntilDetached;
import com.propq.dashboard.publish.PublishService;
import com.propq.dashboard.publish.PublishStatusEvent;
import com.propq.dashboard.publish.PublishTimeline;
import com.propq.dashboard.publish.PublishUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The development page's "Publishing" tab: the current publish status and a timeline of the development's publish
 * requests with every DevStatus step, live through push.
 */
public final class PublishTimelinePanel extends VerticalLayout {

    static final int REQUESTS_SHOWN = 20;

    private final PublishService publishing;
    private final PublishUpdates updates;
    private final LongSupplier developmentId;
    private final ZoneId zone;
    private final Div current = new Div();
    private final Div timeline = new Div();

    public PublishTimelinePanel(
            PublishService publishing, PublishUpdates updates, LongSupplier developmentId, ZoneId zone) {
        this.publishing = publishing;
        this.updates = updates;
        this.developmentId = developmentId;
        this.zone = zone;
        current.setId("publish-current");
        current.addClassName("publish-current");
        timeline.setId("publish-timeline");
        timeline.addClassName("publish-timeline");
        add(current, timeline);
        setPadding(false);
    }

    /** Reads the development's requests again. */
    public void refresh() {
        var requests = publishing.timeline(developmentId.getAsLong(), REQUESTS_SHOWN);
        current.removeAll();
        current.add(new Span(getTranslation("publish.current")));
        if (requests.isEmpty()) {
            current.add(new Span(getTranslation("publish.never")));
        } else {
            current.add(new PublishBadge(requests.getFirst().request()));
        }
        timeline.removeAll();
        requests.forEach(r -> timeline.add(entry(r)));
    }

    private Div entry(PublishTimeline item) {
        var request = item.request();
        var heading = new Div(
                new Span(getTranslation("publish.requested", request.requestedBy(), format(request.requestedAt()))),
                new PublishBadge(request));
        heading.addClassName("publish-entry-heading");
        var steps = new OrderedList();
        steps.addClassName("publish-steps");
        for (PublishStatusEvent step : item.steps()) {
            var status = new Span(PublishStatusLabel.of(this, step.status()));
            status.addClassName("publish-step-status");
            var seen = new Span(
                    getTranslation("publish.step.seen", format(step.firstSeenAt()), format(step.lastSeenAt())));
            seen.addClassName("publish-step-seen");
            var line = new ListItem(status, seen);
            line.addClassName("publish-step");
            steps.add(line);
        }
        var entry = new Div(heading, steps);
        if (request.finishedAt() != null) {
            var finished = new Div(getTranslation("publish.finished-at", format(request.finishedAt())));
            finished.addClassName("publish-finished-at");
            entry.add(finished);
        }
        if (request.error() != null) {
            var error = new Div(request.error());
            error.addClassName("publish-error");
            entry.add(error);
        }
        entry.addClassName("publish-entry");
        entry.getElement().setAttribute("data-request-id", Long.toString(request.id()));
        return entry;
    }

    private String format(@Nullable Instant instant) {
        return Formats.dateTimeSeconds(instant, zone, getLocale());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        UntilDetached.keep(event, updates.subscribe(changed -> ui.access(this::refresh)));
    }
}
