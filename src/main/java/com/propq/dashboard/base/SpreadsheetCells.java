package com.propq.dashboard.base;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text cells of exported CSV files made safe to open in Excel or LibreOffice (OWASP "CSV injection"): a text that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading {@code '}, so it is shown, not run as a
 * formula. Numbers are left alone. {@link #read} undoes it, so an exported file imports unchanged; a text that
 * already starts with quotes before such a character gets one more, so that too survives the round trip.
 */
public final class SpreadsheetCells {

    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern ESCAPED = Pattern.compile("^'+[=+\\-@\\t\\r]");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

    private SpreadsheetCells() {}

    /** The cell as it should be written. */
    public static @Nullable Object write(@Nullable Object value) {
        return value instanceof String text ? write(text) : value;
    }

    public static String write(String text) {
        return FORMULA.matcher(text).find() && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** The text a written cell stood for. */
    public static String read(String cell) {
        return ESCAPED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
