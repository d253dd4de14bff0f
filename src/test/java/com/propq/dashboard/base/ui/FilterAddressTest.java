package com.propq.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterAddressTest {

    @Test
    void onlyTheFiltersThatAreSetGoInTheAddressInLowerCaseWords() {
        var parameters = FilterAddress.parameters(
                "q",
                "  rita ",
                "unit",
                "",
                "state",
                ChronoUnit.HALF_DAYS,
                "from",
                LocalDate.of(2026, 11, 29),
                "development",
                42L,
                "code",
                null,
                "mine",
                false);

        assertThat(parameters.getParameters())
                .containsOnly(
                        entry("q", List.of("rita")),
                        entry("state", List.of("half-days")),
                        entry("from", List.of("2026-11-29")),
                        entry("development", List.of("42")));
    }

    @Test
    void aSetFlagIsWrittenAsTrue() {
        assertThat(FilterAddress.parameters("mine", true).getQueryString()).isEqualTo("mine=true");
    }

    @Test
    void textIsEncodedForTheAddress() {
        assertThat(FilterAddress.parameters("unit", "HH 101&b").getQueryString())
                .isEqualTo("unit=HH%20101%26b");
    }
}
