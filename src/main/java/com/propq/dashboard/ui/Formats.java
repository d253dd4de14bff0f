package com.propq.dashboard.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How money and areas read in the UI, in the viewer's language. */
public final class Formats {

    private static final Currency EURO = Currency.getInstance("EUR");

    private Formats() {
    }

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

    public static String squareMetres(@Nullable BigDecimal area, Locale locale) {
        if (area == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(area) + " m²";
    }
}
