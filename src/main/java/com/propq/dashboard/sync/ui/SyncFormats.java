package com.propq.dashboard.sync.ui;

import java.util.Locale;
import java.util.function.Function;

/** How PropQ's answers read on the sync pages (times and ages: {@link com.propq.dashboard.base.ui.Formats}). */
public final class SyncFormats {

    private SyncFormats() {}

    /** "HTTP 422", or the words for "no answer" when no response arrived. */
    public static String status(int status, Function<String, String> translation) {
        return status == 0 ? translation.apply("sync.status.none") : "HTTP " + status;
    }

    /**
     * One line of at most {@code max} characters. An HTML page (a proxy's or a web server's error page, which
     * is what answers when PropQ itself does not) reads as its text: the markup would fill the excerpt.
     */
    public static String excerpt(String text, int max) {
        var readable = isHtmlPage(text)
                ? text.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                : text;
        var oneLine = readable.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }

    private static boolean isHtmlPage(String text) {
        var start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
