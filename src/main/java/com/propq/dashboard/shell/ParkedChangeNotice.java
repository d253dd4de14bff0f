package com.propq.dashboard.shell;

import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.sync.ParkedNotice;
import com.propq.dashboard.sync.ui.SyncFormats;
import com.propq.dashboard.sync.ui.SyncQueueView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * Tells the person whose change PropQ refused: what was refused, a link to the unit (or development) to fix it and
 * one to their changes in the sync queue. It stays until closed: it holds links to follow.
 */
public class ParkedChangeNotice extends Notification {

    public ParkedChangeNotice(ParkedNotice notice) {
        var answer = notice.lastStatus() == null ? "" : SyncFormats.status(notice.lastStatus(), this::getTranslation);
        var text = notice.unitName() == null
                ? getTranslation("sync.parked-notice.publish", notice.developmentName(), answer)
                : getTranslation("sync.parked-notice.unit", notice.unitName(), notice.developmentName(), answer);
        var target = notice.unitName() != null
                ? DevelopmentAddress.link(
                        DevelopmentAddress.unit(notice.developmentId(), notice.unitName()),
                        getTranslation("sync.parked-notice.open-unit", notice.unitName()))
                : DevelopmentAddress.link(
                        DevelopmentAddress.of(notice.developmentId(), DevelopmentAddress.Tab.UNITS),
                        getTranslation("sync.parked-notice.open-development", notice.developmentName()));
        target.addClassName("parked-notice-target");
        var queue = new RouterLink(getTranslation("sync.parked-notice.my-changes"), SyncQueueView.class);
        queue.setQueryParameters(QueryParameters.of(SyncQueueView.MINE, "true"));
        queue.addClassName("parked-notice-queue");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("sync.parked-notice.close"));
        // Following a link navigates away: the notice has done its job.
        target.getElement().addEventListener("click", e -> close());
        queue.getElement().addEventListener("click", e -> close());
        var message = new Div(text);
        message.addClassName("parked-notice-text");
        var layout = new HorizontalLayout(message, target, queue, close);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(layout);
        addThemeVariants(NotificationVariant.LUMO_WARNING);
        setPosition(Position.TOP_END);
        setDuration(0);
        addClassName("parked-change-notice");
    }
}
