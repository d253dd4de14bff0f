package com.propq.dashboard.users;

import java.util.List;
import java.util.Locale;

/** The languages the UI speaks; a user's choice is stored as the language tag. */
public final class UserLanguages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private UserLanguages() {}

    public static Locale of(String tag) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(tag))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
