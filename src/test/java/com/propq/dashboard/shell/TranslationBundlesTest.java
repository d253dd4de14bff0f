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

    @Test
    void countsReadRightForOneAndForManyInBothLanguages() {
        var spanish = Locale.forLanguageTag("es-ES");
        assertThat(provider.getTranslation("plan.count", Locale.ENGLISH, 1)).isEqualTo("1 unit shown");
        assertThat(provider.getTranslation("plan.count", Locale.ENGLISH, 2)).isEqualTo("2 units shown");
        assertThat(provider.getTranslation("plan.count", Locale.ENGLISH, 0)).isEqualTo("0 units shown");
        assertThat(provider.getTranslation("plan.count", spanish, 1)).isEqualTo("1 unidad mostrada");
        assertThat(provider.getTranslation("plan.count", spanish, 12000)).isEqualTo("12.000 unidades mostradas");
        assertThat(provider.getTranslation("overview.attention.parked", Locale.ENGLISH, 1))
                .isEqualTo("1 change parked: PropQ refused it");
        assertThat(provider.getTranslation("overview.attention.parked", spanish, 1))
                .isEqualTo("1 cambio detenido: PropQ lo rechazó");
        assertThat(provider.getTranslation("import.summary", Locale.ENGLISH, 1, 2, 1, 0))
                .isEqualTo("1 new unit, 2 units change, 1 stays the same, 0 invalid lines.");
        assertThat(provider.getTranslation("import.summary", spanish, 1, 1, 2, 1))
                .isEqualTo("1 unidad nueva, 1 unidad cambia, 2 quedan igual, 1 línea no válida.");
    }

    /**
     * One way for plurals: a MessageFormat choice ({0,choice,1#1 unit|1<{0} units}). A count written straight
     * before its noun reads "1 units"; only limits, which are never one, may be.
     */
    @Test
    void noCountIsWrittenStraightBeforeItsNoun() {
        var countedNoun = java.util.regex.Pattern.compile(
                "\\{\\d\\} ((new|parked|selected|invalid|failed) )?(units?|unidad(es)?|changes?|cambios?|lines?|líneas?|days?|días?|"
                        + "holds?|reservas?|publishes|publicaciones|attempts?|intentos?)\\b");
        var limits = java.util.Set.of("bulk.too-many", "plan.truncated", "import.too-many-lines");
        for (var language : java.util.List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            var bundle = TranslationProvider.bundle(language);
            assertThat(bundle.keySet())
                    .filteredOn(key -> !limits.contains(key))
                    .allSatisfy(key -> assertThat(countedNoun
                                    .matcher(outsideChoices(bundle.getString(key)))
                                    .find())
                            .as("%s (%s): %s", key, language, bundle.getString(key))
                            .isFalse());
        }
    }

    @Test
    void everyMessageWithParametersIsAValidPattern() {
        for (var language : java.util.List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            var bundle = TranslationProvider.bundle(language);
            assertThat(bundle.keySet())
                    .filteredOn(key -> bundle.getString(key).contains("{"))
                    .allSatisfy(key -> new java.text.MessageFormat(bundle.getString(key), language));
        }
    }

    private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile("\\{\\d+,choice,");

    /** The pattern without its choice formats, whose forms are already one per count. */
    private static String outsideChoices(String pattern) {
        var outside = new StringBuilder();
        var choice = CHOICE.matcher(pattern);
        int i = 0;
        while (i < pattern.length()) {
            if (choice.region(i, pattern.length()).lookingAt()) {
                i = choice.end();
                for (int depth = 1; i < pattern.length() && depth > 0; i++) {
                    char c = pattern.charAt(i);
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                }
            } else {
                outside.append(pattern.charAt(i++));
            }
        }
        return outside.toString();
    }

    private static void assertNoBlankValues(ResourceBundle bundle) {
        assertThat(bundle.keySet())
                .allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
    }
}
