package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.sync.SyncState;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A unit's sync state as a badge with its word, and PropQ's answer as the tooltip when it refused. */
final class SyncBadgeLabel extends Span {

    SyncBadgeLabel(@Nullable SyncState state) {
        var shown = state == null ? SyncState.NEVER_SENT : state;
        var badge = shown.badge().name();
        setText(getTranslation("sync.badge." + badge));
        addClassNames("sync-badge", "sync-" + badge.toLowerCase(Locale.ROOT).replace('_', '-'));
        if (shown.lastError() != null) {
            setTitle(getTranslation(
                    "sync.badge.answer", shown.lastStatus() == null ? "" : shown.lastStatus(), shown.lastError()));
        }
    }
}
