package com.propq.dashboard.shell;

import com.propq.dashboard.users.UserLanguages;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a user reads, from {@code i18n/messages*.properties}. No fallback to the JVM's default
 * locale: an English user on a Spanish server still reads English.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return UserLanguages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            var pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
    }

    static ResourceBundle bundle(Locale locale) {
        var language = UserLanguages.of(locale == null ? "en" : locale.getLanguage());
        // English lives in the base bundle.
        return ResourceBundle.getBundle(BUNDLE, language.equals(Locale.ENGLISH) ? Locale.ROOT : language, NO_FALLBACK);
    }
}
