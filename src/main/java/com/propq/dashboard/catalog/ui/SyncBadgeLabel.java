package com.propq.dashboard.catalog.ui;

import com.propq.dashboard.sync.SyncState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A unit's sync state as a badge with its word, and PropQ's answer as the tooltip when it refused. */
final class SyncBadgeLabel extends Span {

    SyncBadgeLabel(@Nullable SyncState state) {
        var shown = shown(state);
        setText(getTranslation(key(shown)));
        addClassNames("sync-badge", className(shown));
        var answer = answer(this, shown);
        if (answer != null) {
            setTitle(answer);
        }
    }

    /**
     * The same badge in a grid cell, drawn by the browser from a few strings per row: a component per row would keep
     * its own server-side state for every row the grid has sent. No answer leaves the title empty (no tooltip).
     */
    static <T> LitRenderer<T> renderer(Grid<T> grid, Function<T, @Nullable SyncState> state) {
        return LitRenderer.<T>of(
                        "<span class=\"sync-badge ${item.badge}\" title=\"${item.answer}\">${item.word}</span>")
                .withProperty("badge", item -> className(shown(state.apply(item))))
                .withProperty("word", item -> grid.getTranslation(key(shown(state.apply(item)))))
                .withProperty("answer", item -> {
                    var answer = answer(grid, shown(state.apply(item)));
                    return answer == null ? "" : answer;
                });
    }

    private static SyncState shown(@Nullable SyncState state) {
        return state == null ? SyncState.NEVER_SENT : state;
    }

    private static String key(SyncState state) {
        return "sync.badge." + state.badge().name();
    }

    private static String className(SyncState state) {
        return "sync-" + state.badge().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** PropQ's refusal, for the tooltip; null while it has not refused. */
    private static @Nullable String answer(com.vaadin.flow.component.Component translator, SyncState state) {
        if (state.lastError() == null) {
            return null;
        }
        return translator.getTranslation(
                "sync.badge.answer", state.lastStatus() == null ? "" : state.lastStatus(), state.lastError());
    }
}
