package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.UnitStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A unit status as a badge: colour plus the status word, never colour alone. */
final class StatusBadge extends Span {

    StatusBadge(UnitStatus status) {
        setText(getTranslation("status." + status.name()));
        addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
