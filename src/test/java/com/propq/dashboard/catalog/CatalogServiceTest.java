package com.propq.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The unit grid's paging, filtering and sorting happen in PostgreSQL and answer exactly. */
@SpringBootTest
@WithMockUser(roles = "REVIEWER")
class CatalogServiceTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    DevelopmentRepository developments;

    @Autowired
    UnitRepository units;

    long developmentId;
    String developmentName;

    @BeforeEach
    void createDevelopmentWithKnownUnits() {
        var now = Instant.now();
        developmentName = "Test Terraces " + UUID.randomUUID();
        var development =
                developments.save(new Development("T-" + UUID.randomUUID(), developmentName, "Nerja", null, now));
        developmentId = development.getId();
        units.saveAll(List.of(
                unit(development, "A-0-01", UnitStatus.AVAILABLE, 250_000, EnumSet.of(Direction.S, Direction.SW), now),
                unit(development, "A-0-02", UnitStatus.SOLD, 310_000, EnumSet.of(Direction.N), now),
                unit(development, "A-1-01", UnitStatus.AVAILABLE, 420_000, EnumSet.of(Direction.E), now),
                unit(development, "B-1-01", UnitStatus.HOLD, 180_000, EnumSet.of(Direction.W, Direction.NW), now),
                unit(development, "B-2_01", UnitStatus.RESERVED, 990_000, EnumSet.noneOf(Direction.class), now)));
    }

    private static Unit unit(
            Development d, String name, UnitStatus status, int price, Set<Direction> directions, Instant now) {
        return new Unit(
                d,
                name,
                status,
                BigDecimal.valueOf(price),
                directions,
                name.substring(0, 1),
                Integer.parseInt(name.substring(2, 3)),
                2,
                BigDecimal.valueOf(80),
                now);
    }

    private List<String> names(UnitFilter filter, List<UnitSort> sorts, int offset, int limit) {
        return catalog.units(developmentId, filter, sorts, offset, limit).stream()
                .map(UnitRow::name)
                .toList();
    }

    @Test
    void pagesThroughUnitsInNameOrderByDefault() {
        assertThat(names(UnitFilter.NONE, List.of(), 0, 2)).containsExactly("A-0-01", "A-0-02");
        assertThat(names(UnitFilter.NONE, List.of(), 2, 2)).containsExactly("A-1-01", "B-1-01");
        assertThat(names(UnitFilter.NONE, List.of(), 4, 2)).containsExactly("B-2_01");
        assertThat(catalog.countUnits(developmentId, UnitFilter.NONE)).isEqualTo(5);
    }

    @Test
    void filtersByStatusPriceRangeAndAnyDirection() {
        var available = new UnitFilter(null, Set.of(UnitStatus.AVAILABLE), null, null, Set.of());
        assertThat(names(available, List.of(), 0, 10)).containsExactly("A-0-01", "A-1-01");

        var midPriced = new UnitFilter(null, Set.of(), new BigDecimal("200000"), new BigDecimal("420000"), Set.of());
        assertThat(names(midPriced, List.of(), 0, 10)).containsExactly("A-0-01", "A-0-02", "A-1-01");
        assertThat(catalog.countUnits(developmentId, midPriced)).isEqualTo(3);

        var westish = new UnitFilter(null, Set.of(), null, null, Set.of(Direction.SW, Direction.W));
        assertThat(names(westish, List.of(), 0, 10)).containsExactly("A-0-01", "B-1-01");
    }

    @Test
    void filtersByNameCaseInsensitivelyAndTakesWildcardsLiterally() {
        assertThat(names(new UnitFilter("a-0", Set.of(), null, null, Set.of()), List.of(), 0, 10))
                .containsExactly("A-0-01", "A-0-02");
        // "_" is a LIKE wildcard; a user typing it means the character itself.
        assertThat(names(new UnitFilter("2_", Set.of(), null, null, Set.of()), List.of(), 0, 10))
                .containsExactly("B-2_01");
    }

    @Test
    void sortsByPriceDescendingThenByName() {
        var byPrice = List.of(new UnitSort(UnitSort.Column.PRICE, true));
        assertThat(names(UnitFilter.NONE, byPrice, 0, 3)).containsExactly("B-2_01", "A-1-01", "A-0-02");
    }

    @Test
    void theDevelopmentsListCountsUnitsByStatus() {
        var summary = catalog.developments(developmentName, 0, 10);

        assertThat(summary).singleElement().satisfies(d -> {
            assertThat(d.units(UnitStatus.AVAILABLE)).isEqualTo(2);
            assertThat(d.units(UnitStatus.SOLD)).isEqualTo(1);
            assertThat(d.units(UnitStatus.HOLD)).isEqualTo(1);
            assertThat(d.units(UnitStatus.RESERVED)).isEqualTo(1);
            assertThat(d.totalUnits()).isEqualTo(5);
            assertThat(d.location()).isEqualTo("Nerja");
        });
        assertThat(catalog.countDevelopments(developmentName.toUpperCase())).isEqualTo(1);
    }

    @Test
    @WithMockUser(
            username = "nobody",
            roles = {})
    void aSignedInUserWithoutACatalogRoleCannotReadIt() {
        assertThatThrownBy(() -> catalog.countUnits(developmentId, UnitFilter.NONE))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void nobodySignedInCannotReadTheCatalog() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> catalog.countDevelopments(null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
