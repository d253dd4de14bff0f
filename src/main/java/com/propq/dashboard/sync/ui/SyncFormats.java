package com.propq.dashboard.sync.ui;

import java.util.function.Function;

/** How PropQ's answers read on the sync pages (times and ages: {@link com.propq.dashboard.ui.Formats}). */
final class SyncFormats {

    private SyncFormats() {
    }

    /** "HTTP 422", or the words for "no answer" when no response arrived. */
    static String status(int status, Function<String, String> translation) {
        return status == 0 ? translation.apply("sync.status.none") : "HTTP " + status;
    }

    static String excerpt(String text, int max) {
        var oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
