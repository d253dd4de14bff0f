package com.propq.dashboard.overview.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.history.HistoryRow;
import com.propq.dashboard.history.ui.HistoryGrid;
import com.propq.dashboard.review.HistoryView;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;

/** The newest changes in one line each (when, who, what, old → new), with a link to the full history. */
final class LatestChangesPanel extends OverviewCard {

    LatestChangesPanel() {
        super("overview-latest", "overview.latest");
    }

    void show(List<HistoryRow> rows, ZoneId zone) {
        if (!changed(rows)) {
            return;
        }
        var all = new RouterLink(HistoryView.class);
        all.add(VaadinIcon.TIME_BACKWARD.create(), new Span(getTranslation("overview.latest.all")));
        all.addClassName("overview-link");
        if (rows.isEmpty()) {
            showContent(new Paragraph(getTranslation("overview.latest.none")), all);
            return;
        }
        var list = new UnorderedList();
        list.addClassNames("overview-list", "overview-changes");
        for (var row : rows) {
            var when = new Span(Formats.dateTime(row.occurredAt(), zone, getLocale()));
            when.addClassName("overview-change-when");
            var what = new Span(HistoryGrid.what(this, row) + ": " + HistoryGrid.change(this, getLocale(), row, zone));
            var who = new Span(HistoryGrid.actor(this, row.actor()));
            who.addClassName("overview-change-who");
            list.add(new ListItem(when, who, what));
        }
        showContent(list, all);
    }
}
