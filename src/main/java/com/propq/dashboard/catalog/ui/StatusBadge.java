package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.catalog.UnitStatus;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.function.Function;

/** A unit status as a badge: colour plus the status word, never colour alone. */
final class StatusBadge extends Span {

    StatusBadge(UnitStatus status) {
        setText(getTranslation(key(status)));
        addClassNames("status-badge", className(status));
    }

    /**
     * The same badge in a grid cell, drawn by the browser from two strings per row: a component per row would keep
     * its own server-side state for every row the grid has sent.
     */
    static <T> LitRenderer<T> renderer(Grid<T> grid, Function<T, UnitStatus> status) {
        return LitRenderer.<T>of("<span class=\"status-badge ${item.badge}\">${item.word}</span>")
                .withProperty("badge", item -> className(status.apply(item)))
                .withProperty("word", item -> grid.getTranslation(key(status.apply(item))));
    }

    private static String key(UnitStatus status) {
        return "status." + status.name();
    }

    private static String className(UnitStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }
}
