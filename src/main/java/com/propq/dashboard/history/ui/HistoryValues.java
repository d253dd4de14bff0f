package com.propq.dashboard.history.ui;

import com.propq.dashboard.base.ui.Formats;
import com.propq.dashboard.base.ui.PublishStatusLabel;
import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryRow;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A recorded value as the grid and the editor show it: a price as €262,500 (in the reader's locale), a status
 * or a role by its label, directions by their names, a date in the reader's region. History stores values as
 * plain text (250000, AVAILABLE, N,SE), so that undo and exports read them back exactly; this is only how they
 * read. A value that does not parse as its field's type is shown as stored.
 */
final class HistoryValues {

    /** The known jobs that write history; another job reads by its name. */
    private static final Set<String> JOBS = Set.of("hold-expiry", "publish-poller", "sign-in", "demo-mode-off");

    /** What an admin did to a parked change: the new value of a sync queue entry's "state". */
    private static final Set<String> QUEUE_ACTIONS = Set.of("RETRY", "DISCARD");

    private HistoryValues() {}

    static String of(Component reader, Locale locale, HistoryRow row, @Nullable String value, ZoneId zone) {
        if (value == null || value.isEmpty() || row.field() == null) {
            return value == null ? "" : value;
        }
        try {
            return switch (row.field()) {
                case "price" -> Formats.euros(new BigDecimal(value), locale);
                case "builtArea" -> Formats.squareMetres(new BigDecimal(value), locale);
                case "status" -> reader.getTranslation("status." + value);
                case "directions" -> each(value, d -> reader.getTranslation("direction." + d));
                case "holdUntil" -> Formats.date(LocalDate.parse(value), locale);
                case "roles" -> each(value, r -> reader.getTranslation("role." + r));
                case "language" -> reader.getTranslation("language." + value);
                case "enabled" -> reader.getTranslation("history.value.enabled." + Boolean.parseBoolean(value));
                case "locked_until" -> Formats.dateTime(Instant.parse(value), zone, locale);
                case "password" -> reader.getTranslation("history.value.password." + value);
                case "state" ->
                    reader.getTranslation(
                            QUEUE_ACTIONS.contains(value) ? "history.value.queue." + value : "sync.state." + value);
                case "publish" -> PublishStatusLabel.of(reader, value);
                case "created" ->
                    row.entityType() == HistoryEntityType.UNIT ? createdUnit(reader, locale, value) : value;
                default -> value;
            };
        } catch (RuntimeException notOfItsType) {
            // A value written before its field had a type (or by hand): as stored, never an error.
            return value;
        }
    }

    /** Who, as a reader says it: a username, or "System (Publish poller)". */
    static String job(Component reader, String job) {
        return JOBS.contains(job) ? reader.getTranslation("history.job." + job) : job;
    }

    /** A new unit is recorded as "AVAILABLE 250000": its status and price. */
    private static String createdUnit(Component reader, Locale locale, String value) {
        var parts = value.split(" ", 2);
        return parts.length < 2
                ? value
                : reader.getTranslation("status." + parts[0]) + " · " + Formats.euros(new BigDecimal(parts[1]), locale);
    }

    private static String each(String list, java.util.function.Function<String, String> label) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(label)
                .collect(Collectors.joining(", "));
    }
}
