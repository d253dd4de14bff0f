package com.propq.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, times and numbers follow the browser's region within the user's language (issue 20, item 5). */
class RegionalFormatsTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Instant EVENING = Instant.parse("2026-11-29T21:42:07Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void anEnglishUserInTheUkOrSpainReadsDayMonthYearAnd24HourTime() {
        var inUk = ViewerLocale.of(ENGLISH, null, Locale.forLanguageTag("en-GB"));
        var inSpain = ViewerLocale.of(ENGLISH, null, Locale.forLanguageTag("es-ES"));

        assertThat(inUk).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(inSpain).isEqualTo(Locale.forLanguageTag("en-ES"));
        assertThat(Formats.dateTime(EVENING, UTC, inUk)).isEqualTo("29/11/2026 21:42");
        assertThat(Formats.dateTime(EVENING, UTC, inSpain)).isEqualTo("29/11/2026 21:42");
        assertThat(Formats.dateTimeSeconds(EVENING, UTC, inUk)).isEqualTo("29/11/2026 21:42:07");
        assertThat(Formats.date(LocalDate.of(2026, 11, 29), inUk)).isEqualTo("29/11/2026");
    }

    @Test
    void anEnglishUserInTheUsStillReadsTheirOwnOrderWithTheWholeYear() {
        var inUs = ViewerLocale.of(ENGLISH, null, Locale.US);

        assertThat(Formats.date(LocalDate.of(2026, 11, 29), inUs)).isEqualTo("11/29/2026");
        assertThat(Formats.dateTime(EVENING, UTC, inUs))
                .startsWith("11/29/2026 9:42")
                .endsWith("PM");
    }

    @Test
    void spanishIsEsEsUnlessTheBrowserNamesAnotherRegion() {
        var spanish = ViewerLocale.of(SPANISH, null, Locale.forLanguageTag("es"));

        assertThat(spanish).isEqualTo(Locale.forLanguageTag("es-ES"));
        assertThat(Formats.dateTime(EVENING, UTC, spanish)).isEqualTo("29/11/2026 21:42");
        assertThat(Formats.euros(new BigDecimal("262500"), spanish)).isEqualTo("262.500\u00a0€");
        assertThat(ViewerLocale.of(SPANISH, null, Locale.forLanguageTag("es-MX")))
                .isEqualTo(Locale.forLanguageTag("es-MX"));
    }

    @Test
    void theRegionChosenOnTheAccountPageWinsOverTheBrowsers() {
        var chosen = ViewerLocale.of(ENGLISH, "GB", Locale.US);

        assertThat(chosen).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(Formats.euros(new BigDecimal("262500"), chosen)).isEqualTo("€262,500");
    }
}
