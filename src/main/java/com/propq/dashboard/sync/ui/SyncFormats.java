package com.propq.dashboard.sync.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** How times, ages and PropQ's answers read on the sync pages. */
final class SyncFormats {

    private SyncFormats() {
    }

    static String dateTime(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** 0:00:42, 1:05:00, 26:00:00: an age at a glance, in any language. */
    static String age(Duration age) {
        var seconds = Math.max(0, age.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
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
