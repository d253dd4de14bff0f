package com.propq.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.DevelopmentAvailability;
import com.propq.dashboard.catalog.ExpiringHold;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.history.HistoryRow;
import com.propq.dashboard.propq.PropqConnectionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The overview's figures are database aggregates that answer exactly for a development with known units. */
@SpringBootTest
@WithMockUser(roles = "REVIEWER")
class OverviewAggregatesTest {

    @Autowired
    OverviewService overview;

    @Autowired
    CatalogService catalog;

    @Autowired
    PropqConnectionService propq;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long developmentId;
    long emptyDevelopmentId;
    LocalDate today;

    @BeforeEach
    void createDevelopmentsWithKnownUnits() {
        today = LocalDate.now(clock);
        developmentId = development("Overview Heights ");
        emptyDevelopmentId = development("Overview Empty ");
        unit("A-0-01", "AVAILABLE", 200_000, null);
        unit("A-0-02", "AVAILABLE", 300_000, null);
        unit("A-1-01", "SOLD", 500_000, null);
        unit("A-1-02", "HOLD", 250_000, today.plusDays(3));
        unit("B-1-01", "HOLD", 260_000, today.plusDays(10));
        unit("B-2-01", "RESERVED", 400_000, null);
    }

    private long development(String name) {
        return jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", "OV-" + UUID.randomUUID())
                .param("n", name + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    private void unit(String name, String status, int price, LocalDate holdUntil) {
        jdbc.sql("""
                        insert into unit (development_id, name, status, price, block, floor, hold_until)
                        values (:d, :name, :status, :price, :block, :floor, :holdUntil)""")
                .param("d", developmentId)
                .param("name", name)
                .param("status", status)
                .param("price", BigDecimal.valueOf(price))
                .param("block", name.substring(0, 1))
                .param("floor", Integer.parseInt(name.substring(2, 3)))
                .param("holdUntil", holdUntil, java.sql.Types.DATE)
                .update();
    }

    private DevelopmentAvailability availabilityOf(long id) {
        return overview.availability().stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void availabilityCountsUnitsAndSumsAskingPricesByStatusPerDevelopment() {
        var heights = availabilityOf(developmentId);

        assertThat(heights.units(UnitStatus.AVAILABLE)).isEqualTo(2);
        assertThat(heights.units(UnitStatus.HOLD)).isEqualTo(2);
        assertThat(heights.units(UnitStatus.SOLD)).isEqualTo(1);
        assertThat(heights.units(UnitStatus.RESERVED)).isEqualTo(1);
        assertThat(heights.totalUnits()).isEqualTo(6);
        assertThat(heights.askingPrice(UnitStatus.AVAILABLE)).isEqualByComparingTo("500000");
        assertThat(heights.askingPrice(UnitStatus.HOLD)).isEqualByComparingTo("510000");
        assertThat(heights.totalAskingPrice()).isEqualByComparingTo("1910000");
    }

    @Test
    void aDevelopmentWithoutUnitsStillShowsWithAnEmptyBar() {
        var empty = availabilityOf(emptyDevelopmentId);

        assertThat(empty.totalUnits()).isZero();
        assertThat(empty.totalAskingPrice()).isEqualByComparingTo("0");
    }

    @Test
    void theTotalsLineAddsUpEveryDevelopment() {
        var total = DevelopmentAvailability.total(overview.availability());

        assertThat(total.totalUnits())
                .isEqualTo(jdbc.sql("select count(*) from unit")
                        .query(Integer.class)
                        .single());
        assertThat(total.totalAskingPrice())
                .isEqualByComparingTo(jdbc.sql("select sum(price) from unit")
                        .query(BigDecimal.class)
                        .single());
    }

    @Test
    void holdsEndingWithinSevenDaysNeedAttentionAndLaterOnesDoNot() {
        var lastDay = today.plusDays(OverviewService.HOLD_WARNING_DAYS);
        var names = catalog.holdsEndingBy(lastDay, 10_000).stream()
                .filter(h -> h.developmentId() == developmentId)
                .map(ExpiringHold::unitName)
                .toList();

        assertThat(names).containsExactly("A-1-02");
        var attention = overview.attention();
        assertThat(attention.expiringHoldCount())
                .isEqualTo(jdbc.sql("select count(*) from unit where status = 'HOLD' and hold_until <= :d")
                        .param("d", lastDay)
                        .query(Integer.class)
                        .single());
        assertThat(attention.expiringHolds())
                .hasSizeLessThanOrEqualTo(OverviewService.LIST_LIMIT)
                .isSortedAccordingTo(Comparator.comparing(ExpiringHold::holdUntil));
    }

    @Test
    void parkedChangesAndSyncHealthComeFromTheSyncQueue() {
        var parked = jdbc.sql("select count(*) from outbox where state = 'PARKED'")
                .query(Long.class)
                .single();

        assertThat(overview.syncHealth().parked()).isEqualTo(parked);
        assertThat(overview.attention().parkedChanges()).isEqualTo(parked);
    }

    @Test
    void eachDevelopmentsLatestPublishShowsWithItsStatusAndAFailureNeedsAttention() {
        jdbc.sql("""
                insert into publish_request (development_id, propq_development_id, development_name, requested_by,
                    requested_at, state, finished_at, last_status)
                values (:d, 'P-1', 'Overview Heights', 'agent', now() - interval '2 hours', 'FINISHED',
                        now() - interval '2 hours', 'PUBLISHED'),
                       (:d, 'P-1', 'Overview Heights', 'agent', now() - interval '1 hour', 'FINISHED',
                        now() - interval '1 hour', 'Review pending'),
                       (:e, 'P-2', 'Overview Empty', 'agent', now(), 'TIMED_OUT', now(), 'PUBLISHING')""").param("d", developmentId).param("e", emptyDevelopmentId).update();

        assertThat(overview.latestPublishes())
                .filteredOn(p -> p.developmentId() == developmentId)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.status()).as("PropQ's words, as they came").isEqualTo("Review pending");
                    assertThat(p.failed()).isFalse();
                });
        assertThat(overview.attention().failedPublishes())
                .extracting(p -> p.developmentId())
                .contains(emptyDevelopmentId)
                .doesNotContain(developmentId);
    }

    @Test
    void theLatestChangesAreNewestFirstAndLimited() {
        var latest = overview.latestChanges(3);

        assertThat(latest)
                .hasSizeLessThanOrEqualTo(3)
                .isSortedAccordingTo(
                        Comparator.comparing(HistoryRow::occurredAt).reversed());
    }

    @Test
    @WithMockUser(roles = "AGENT")
    void anAgentIsNeverToldAboutTheToken() {
        assertThat(overview.attention().tokenExpiresAt()).isNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminIsToldWhenTheTokenExpiresSoon() {
        var connection = propq.connection();

        assertThat(overview.attention().tokenExpiresAt())
                .isEqualTo(connection.tokenAtRisk() ? connection.token().expiresAt() : null);
    }

    @Test
    @WithAnonymousUser
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> overview.availability())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
