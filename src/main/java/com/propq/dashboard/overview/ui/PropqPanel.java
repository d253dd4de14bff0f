package com.propq.dashboard.overview.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.propq.PropqReachability;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;

/** In live mode, PropQ itself: reachable and signed in, credentials refused, or unreachable since when. */
final class PropqPanel extends OverviewCard {

    PropqPanel() {
        super("overview-propq", "overview.propq");
    }

    void show(PropqReachability.Reach reach, ZoneId zone) {
        if (!changed(reach)) {
            return;
        }
        var state = new Paragraph(
                switch (reach.state()) {
                    case SIGNED_IN -> getTranslation("overview.propq.signed-in");
                    case CREDENTIALS_REFUSED -> getTranslation("overview.propq.refused");
                    case UNREACHABLE ->
                        getTranslation(
                                "overview.propq.unreachable",
                                Formats.dateTime(reach.unreachableSince(), zone, getLocale()));
                });
        state.setId("overview-propq-state");
        showContent(
                state,
                new Paragraph(getTranslation(
                        "overview.propq.checked", Formats.dateTime(reach.checkedAt(), zone, getLocale()))));
    }
}
