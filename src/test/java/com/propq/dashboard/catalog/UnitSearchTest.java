package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Searching as agents ask ("2 bedrooms, available, under €500,000"): bedroom and built-area ranges, the search
 * across developments with development and location, and the developments list matching location, all in SQL.
 */
@SpringBootTest
@WithMockUser(roles = "REVIEWER")
class UnitSearchTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    DevelopmentRepository developments;

    @Autowired
    UnitRepository units;

    /** In every location of this test's developments, so that other tests' data never matches. */
    String token;

    Development hills;
    Development terraces;
    Development elsewhere;

    @BeforeEach
    void threeDevelopmentsTwoOfThemInNuevaAndalucia() {
        token = UUID.randomUUID().toString();
        var now = Instant.now();
        hills = developments.save(
                new Development("T-" + UUID.randomUUID(), "Hills " + token, "Nueva Andalucía " + token, null, now));
        terraces = developments.save(new Development(
                "T-" + UUID.randomUUID(), "Las Águilas " + token, "Nueva Andalucía " + token, null, now));
        elsewhere = developments.save(
                new Development("T-" + UUID.randomUUID(), "Elsewhere " + token, "Nerja " + token, null, now));
        units.saveAll(List.of(
                unit(hills, "H-1", UnitStatus.AVAILABLE, 450_000, 2, 85, now),
                unit(hills, "H-2", UnitStatus.AVAILABLE, 520_000, 2, 90, now),
                unit(hills, "H-3", UnitStatus.SOLD, 300_000, 2, 80, now),
                unit(hills, "H-4", UnitStatus.AVAILABLE, 380_000, 3, 120, now),
                unit(terraces, "T-1", UnitStatus.AVAILABLE, 310_000, 2, 75, now),
                unit(terraces, "T-2", UnitStatus.AVAILABLE, 250_000, 1, 55, now),
                unit(terraces, "T-3", UnitStatus.AVAILABLE, 400_000, null, null, now),
                unit(elsewhere, "E-1", UnitStatus.AVAILABLE, 200_000, 2, 70, now)));
    }

    private static Unit unit(
            Development d,
            String name,
            UnitStatus status,
            int price,
            Integer bedrooms,
            Integer builtArea,
            Instant now) {
        return new Unit(
                d,
                name,
                status,
                BigDecimal.valueOf(price),
                EnumSet.of(Direction.S),
                null,
                null,
                bedrooms,
                builtArea == null ? null : BigDecimal.valueOf(builtArea),
                now);
    }

    private static UnitFilter twoBedroomsAvailableUpTo(int maxPrice) {
        return new UnitFilter(
                null, Set.of(UnitStatus.AVAILABLE), null, BigDecimal.valueOf(maxPrice), Set.of(), 2, 2, null, null);
    }

    @Test
    void theSearchAcrossDevelopmentsFindsTwoBedroomsAvailableUnderAPriceCheapestFirstWithTheirDevelopment() {
        var search = new UnitSearch(twoBedroomsAvailableUpTo(500_000), null, "nueva andalucia " + token);

        var found = catalog.searchUnits(search, List.of(), 0, 10);

        assertThat(found)
                .extracting(f -> f.unit().name(), FoundUnit::developmentName, FoundUnit::developmentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T-1", terraces.getName(), terraces.getId()),
                        org.assertj.core.groups.Tuple.tuple("H-1", hills.getName(), hills.getId()));
        assertThat(found).allSatisfy(f -> assertThat(f.location()).isEqualTo("Nueva Andalucía " + token));
        assertThat(catalog.countFoundUnits(search)).isEqualTo(2);
    }

    @Test
    void theSearchPagesAndCountsInTheDatabaseAndCanBeNarrowedToOneDevelopment() {
        var everywhere = new UnitSearch(twoBedroomsAvailableUpTo(1_000_000), null, token);
        assertThat(catalog.countFoundUnits(everywhere)).isEqualTo(4);
        assertThat(catalog.searchUnits(everywhere, List.of(), 1, 2))
                .extracting(f -> f.unit().name())
                .containsExactly("T-1", "H-1");

        var inHills = new UnitSearch(twoBedroomsAvailableUpTo(1_000_000), hills.getId(), null);
        var byPriceDescending = List.of(new UnitSort(UnitSort.Column.PRICE, true));
        assertThat(catalog.searchUnits(inHills, byPriceDescending, 0, 10))
                .extracting(f -> f.unit().name())
                .containsExactly("H-2", "H-1");
        assertThat(catalog.countFoundUnits(inHills)).isEqualTo(2);
    }

    @Test
    void bedroomAndBuiltAreaRangesIncludeTheirEndsAndLeaveOutUnitsWithoutTheValue() {
        var twoToThreeBedrooms = new UnitFilter(null, Set.of(), null, null, Set.of(), 2, 3, null, null);
        assertThat(names(hills, twoToThreeBedrooms)).containsExactly("H-1", "H-2", "H-3", "H-4");
        assertThat(names(terraces, twoToThreeBedrooms)).containsExactly("T-1");

        var atLeastEightyFiveSquareMetres =
                new UnitFilter(null, Set.of(), null, null, Set.of(), null, null, new BigDecimal("85"), null);
        assertThat(names(hills, atLeastEightyFiveSquareMetres)).containsExactly("H-1", "H-2", "H-4");
        var upToSeventyFive =
                new UnitFilter(null, Set.of(), null, null, Set.of(), null, null, null, new BigDecimal("75"));
        assertThat(names(terraces, upToSeventyFive)).containsExactly("T-1", "T-2");
        assertThat(catalog.countUnits(terraces.getId(), upToSeventyFive)).isEqualTo(2);
    }

    @Test
    void theDevelopmentsListMatchesLocationAndNameRegardlessOfCaseAndAccents() {
        assertThat(catalog.developments("NUEVA ANDALUCIA " + token, 0, 10))
                .extracting(DevelopmentSummary::name)
                .containsExactly(hills.getName(), terraces.getName());
        assertThat(catalog.countDevelopments("Nueva Andalucía " + token)).isEqualTo(2);
        assertThat(catalog.countDevelopments("las aguilas " + token)).isEqualTo(1);
        assertThat(catalog.countDevelopments("nerja " + token)).isEqualTo(1);
        assertThat(catalog.countDevelopments("Estepona " + token)).isZero();
    }

    @Test
    void aBlankNameOrNothingAtAllRestrictsNoUnit() {
        assertThat(UnitFilter.NONE.restricts()).isFalse();
        assertThat(new UnitFilter("  ", Set.of(), null, null, Set.of()).restricts())
                .isFalse();
        assertThat(new UnitFilter(null, Set.of(), null, null, Set.of(), 2, null, null, null).restricts())
                .isTrue();
    }

    @Test
    void everyAccentedLetterHasItsPlainLetter() {
        assertThat(CatalogQueries.ACCENTED).hasSameSizeAs(CatalogQueries.PLAIN);
    }

    private List<String> names(Development development, UnitFilter filter) {
        return catalog.units(development.getId(), filter, List.of(), 0, 10).stream()
                .map(UnitRow::name)
                .toList();
    }
}
