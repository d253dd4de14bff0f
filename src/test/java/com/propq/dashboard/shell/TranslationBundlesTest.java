package com.propq.dashboard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** English and Spanish stay complete: every key in both, none empty. */
class TranslationBundlesTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void englishAndSpanishHaveExactlyTheSameKeys() {
        var english = TranslationProvider.bundle(Locale.ENGLISH);
        var spanish = TranslationProvider.bundle(Locale.forLanguageTag("es"));

        assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertNoBlankValues(english);
        assertNoBlankValues(spanish);
    }

    @Test
    void aSpanishUserReadsSpanishAndEveryoneElseEnglish() {
        assertThat(provider.getTranslation("nav.developments", Locale.forLanguageTag("es-ES")))
                .isEqualTo("Promociones");
        assertThat(provider.getTranslation("nav.developments", Locale.ENGLISH)).isEqualTo("Developments");
        assertThat(provider.getTranslation("nav.developments", Locale.GERMAN)).isEqualTo("Developments");
    }

    @Test
    void parametersAreFormattedInTheReadersLanguage() {
        assertThat(provider.getTranslation("development.subtitle", Locale.ENGLISH, "RO-1", "Marbella", 12000))
                .isEqualTo("PropQ id RO-1 · Marbella · 12,000 units");
        assertThat(provider.getTranslation(
                        "development.subtitle", Locale.forLanguageTag("es"), "RO-1", "Marbella", 12000))
                .isEqualTo("Id de PropQ RO-1 · Marbella · 12.000 unidades");
    }

    private static void assertNoBlankValues(ResourceBundle bundle) {
        assertThat(bundle.keySet())
                .allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
    }
}
