package com.propq.dashboard.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Collections;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The locale a page speaks and formats in: the language the user chose, with the region whose dates and
 * numbers they read. That region is the one they chose on their account page, else their browser's (an
 * English user in Spain or the UK reads 29/11/2026 21:42, not 11/29/26 9:42 PM), else the language's
 * home region (Spanish is es-ES).
 */
public final class ViewerLocale {

    private ViewerLocale() {}

    public static Locale of(Locale language, @Nullable String chosenRegion, @Nullable Locale browser) {
        String region;
        if (chosenRegion != null && !chosenRegion.isEmpty()) {
            region = chosenRegion;
        } else if (browser != null && !browser.getCountry().isEmpty()) {
            region = browser.getCountry();
        } else {
            region = language.getLanguage().equals("es") ? "ES" : "";
        }
        return new Locale.Builder()
                .setLanguage(language.getLanguage())
                .setRegion(region)
                .build();
    }

    /**
     * The browser's locale from its Accept-Language: the first one that names a region (browsers send
     * "en-GB,en;q=0.9"), else the first; null outside a request.
     */
    public static @Nullable Locale browser(@Nullable VaadinRequest request) {
        if (request == null) {
            return null;
        }
        var locales = Collections.list(request.getLocales());
        return locales.stream()
                .filter(l -> !l.getCountry().isEmpty())
                .findFirst()
                .orElse(locales.isEmpty() ? request.getLocale() : locales.getFirst());
    }
}
