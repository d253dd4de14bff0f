package com.propq.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How money, areas, dates, times and ages read in the UI: the one place that formats them, in the viewer's
 * locale (their language with their region, see {@link ViewerLocale}) and time zone.
 */
public final class Formats {

    private static final Currency EURO = Currency.getInstance("EUR");

    private Formats() {}

    public static String euros(@Nullable BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount);
    }

    /** 29/11/2026 21:42 in en-GB and es-ES, 11/29/2026 9:42 PM in en-US: the region's order and clock. */
    public static String dateTime(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null
                ? ""
                : dateAndTime(FormatStyle.SHORT, locale).withZone(zone).format(instant);
    }

    /** With seconds, where the order of close events matters (history, publish steps, PropQ answers). */
    public static String dateTimeSeconds(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null
                ? ""
                : dateAndTime(FormatStyle.MEDIUM, locale).withZone(zone).format(instant);
    }

    /** With seconds, in the time zone of the viewer of the current page. */
    public static String dateTimeSeconds(@Nullable Instant instant, Locale locale) {
        return dateTimeSeconds(instant, viewerZone(), locale);
    }

    /** In the time zone of the viewer of the current page (the server's outside a page). */
    public static String dateTime(@Nullable Instant instant, Locale locale) {
        return dateTime(instant, viewerZone(), locale);
    }

    private static ZoneId viewerZone() {
        var ui = UI.getCurrent();
        return ui == null ? ZoneId.systemDefault() : ViewerZone.of(ui);
    }

    /** 29/11/2026 in en-GB and es-ES, 11/29/2026 in en-US. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(datePattern(locale), locale).format(date);
    }

    private static DateTimeFormatter dateAndTime(FormatStyle time, Locale locale) {
        var timePattern =
                DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, time, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(datePattern(locale) + " " + timePattern, locale);
    }

    /**
     * The region's short numeric date with the whole year: the short styles of some regions (es-ES d/M/yy,
     * en-US M/d/yy) shorten it, which reads badly next to dates written in full.
     */
    static String datePattern(Locale locale) {
        var pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("y+", "yyyy");
    }

    /** 0:00:42, 26:00:00: an age at a glance, in any language. */
    public static String age(Duration age) {
        var seconds = Math.max(0, age.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public static String squareMetres(@Nullable BigDecimal area, Locale locale) {
        if (area == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(area) + " m²";
    }
}
