package com.propq.dashboard.overview.ui;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.base.ui.PublishStatusLabel;
import com.propq.dashboard.publish.PublishSummary;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.List;

/** Each development's latest publish status, a failed one marked. */
final class PublishPanel extends OverviewCard {

    PublishPanel() {
        super("overview-publishing", "overview.publish");
    }

    void show(List<PublishSummary> latest, ZoneId zone) {
        if (!changed(latest)) {
            return;
        }
        if (latest.isEmpty()) {
            showContent(new Paragraph(getTranslation("overview.publish.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("overview-list");
        for (var publish : latest) {
            var item = new ListItem(
                    DevelopmentAddress.link(
                            DevelopmentAddress.of(publish.developmentId(), DevelopmentAddress.Tab.PUBLISHING),
                            publish.developmentName()),
                    new Span(" · " + PublishStatusLabel.of(this, publish.status())
                            + (publish.updatedAt() == null
                                    ? ""
                                    : " · " + Formats.dateTime(publish.updatedAt(), zone, getLocale()))));
            if (publish.failed()) {
                item.addComponentAsFirst(VaadinIcon.WARNING.create());
                item.addClassName("overview-failed");
            }
            list.add(item);
        }
        showContent(list);
    }
}
