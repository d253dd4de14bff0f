package com.propq.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.BulkAction;
import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.Direction;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.catalog.UnitValues;
import com.propq.dashboard.sync.DeliveryEngineTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history answers "who changed this unit's price, when, from what to what, why, and did the
 * portal get it?" for every kind of catalog change, with the real delivery engine and sandbox.
 */
@DeliveryEngineTest
@WithMockUser(username = "agent-hana", roles = "AGENT")
class HistoryReviewTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    HistoryService history;

    @Autowired
    CatalogEditService editing;

    @Autowired
    CatalogService catalog;

    @Autowired
    BulkEditService bulk;

    @Autowired
    PriceListService priceList;

    @Autowired
    JdbcClient jdbc;

    private long development(String propqId) {
        return jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "History " + propqId)
                .query(Long.class)
                .single();
    }

    private UnitDetails unit(long developmentId, String name) {
        return editing.createUnit(
                developmentId,
                name,
                new UnitValues(
                        UnitStatus.AVAILABLE,
                        new BigDecimal("250000"),
                        EnumSet.of(Direction.S),
                        "A",
                        1,
                        2,
                        null,
                        null,
                        null,
                        null));
    }

    private UnitDetails current(UnitDetails unit) {
        return catalog.unit(unit.id()).orElseThrow();
    }

    private List<HistoryRow> ofUnit(UnitDetails unit) {
        return history.page(HistoryFilter.ofUnit(unit.id()), 0, 100);
    }

    private static String knownDevelopment() {
        return "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
    }

    @Test
    void aPriceChangeShowsWhoWhenOldNewWhyAndWhenPropqGotIt() {
        long developmentId = development(knownDevelopment());
        var unit = unit(developmentId, "P-1");
        var now = current(unit);
        editing.saveUnit(unit.id(), now.version(), now.values().withPrice(new BigDecimal("240000")), "Spring offer");

        var byUnitAndUser =
                new HistoryFilter(developmentId, null, "p-1", "agent-hana", null, null, "price", null, null);
        await().pollInSameThread()
                .atMost(PATIENCE)
                .until(() ->
                        history.page(byUnitAndUser, 0, 10).getFirst().delivery().state()
                                == DeliveryOutcome.State.DELIVERED);

        var entry = history.page(byUnitAndUser, 0, 10);
        assertThat(entry).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("agent-hana");
            assertThat(row.kind()).isEqualTo(HistoryKind.CATALOG_EDIT);
            assertThat(row.oldValue()).isEqualTo("250000");
            assertThat(row.newValue()).isEqualTo("240000");
            assertThat(row.reason()).isEqualTo("Spring offer");
            assertThat(row.delivery().deliveredAt()).isAfterOrEqualTo(row.occurredAt());
        });
    }

    @Test
    void aChangePropqRefusesShowsAsParkedWithPropqsAnswer() {
        // The sandbox does not know this development: PropQ answers 404, which parks the change.
        long developmentId = development("UNKNOWN-" + UUID.randomUUID());
        var unit = unit(developmentId, "X-1");

        await().pollInSameThread()
                .atMost(PATIENCE)
                .until(() -> ofUnit(unit).getFirst().delivery().state() == DeliveryOutcome.State.PARKED);
        assertThat(ofUnit(unit).getFirst().delivery().status()).isEqualTo(404);
    }

    @Test
    void everyKindOfCatalogChangeIsRecordedAndFiltersFindIt() {
        long developmentId = development(knownDevelopment());
        var unit = unit(developmentId, "K-1");
        unit(developmentId, "K-2");
        var now = current(unit);
        editing.saveUnit(
                unit.id(),
                now.version(),
                new UnitValues(
                        UnitStatus.HOLD,
                        now.values().price(),
                        now.values().directions(),
                        "A",
                        1,
                        2,
                        null,
                        null,
                        "Viewing on Saturday",
                        LocalDate.now().plusDays(1)),
                null);
        var batch = bulk.apply(bulk.previewFiltered(
                developmentId,
                UnitFilter.NONE,
                new BulkAction.ChangePrice(
                        BulkAction.ChangePrice.Mode.PERCENT, BigDecimal.TEN, BulkAction.Rounding.NEAREST_1000),
                "Phase 2"));
        bulk.undo(batch.batchId(), null);
        var exported = new ByteArrayOutputStream();
        priceList.export(developmentId, UnitFilter.NONE, exported);
        var csv = exported.toString(StandardCharsets.UTF_8).replace(",A,1,2,", ",A,1,3,");
        priceList.apply(
                priceList.dryRun(
                        developmentId, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "", null),
                "");
        jdbc.sql("update unit set hold_until = current_date - 2 where id = :id")
                .param("id", unit.id())
                .update();

        var ofDevelopment = HistoryFilter.ofDevelopment(developmentId);
        // The hold-expiry job runs every 2 s here (every minute by default).
        var expiries =
                new HistoryFilter(developmentId, null, null, null, null, null, "status", HistoryKind.HOLD_EXPIRY, null);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(90))
                .until(() -> history.page(expiries, 0, 10).size() == 1);
        assertThat(history.page(ofDevelopment, 0, 200))
                .extracting(HistoryRow::kind)
                .contains(
                        HistoryKind.CATALOG_EDIT, HistoryKind.BULK_BATCH, HistoryKind.IMPORT, HistoryKind.HOLD_EXPIRY);
        // The bulk change touched the price of both units (K-1's hold stays, its price changes).
        assertThat(history.page(HistoryFilter.ofBatch(batch.batchId()), 0, 10))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.reason()).isEqualTo("Phase 2"));
        var expiry = history.page(
                new HistoryFilter(developmentId, null, "K-1", "system:hold-expiry", null, null, "status", null, null),
                0,
                10);
        assertThat(expiry).singleElement().satisfies(r -> {
            assertThat(r.oldValue()).isEqualTo("HOLD");
            assertThat(r.newValue()).isEqualTo("AVAILABLE");
        });
        var lastHour = new HistoryFilter(
                developmentId,
                null,
                null,
                null,
                Instant.now().minusSeconds(3600),
                Instant.now().plusSeconds(60),
                "bedrooms",
                HistoryKind.IMPORT,
                null);
        assertThat(history.page(lastHour, 0, 10)).hasSize(2);
        var tomorrow = new HistoryFilter(
                developmentId, null, null, null, Instant.now().plusSeconds(86_400), null, null, null, null);
        assertThat(history.page(tomorrow, 0, 10)).isEmpty();
    }

    @Autowired
    HistoryWriter writer;

    @Autowired
    TransactionTemplate transactions;

    private String aLockoutAndARoleChangeRecordedBy() {
        var actor = "system:test-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        transactions.executeWithoutResult(status -> {
            writer.record(HistoryEntry.userChange(actor, 1, "someone", "locked_until", null, "2030-01-01T00:00:00Z"));
            writer.record(HistoryEntry.userChange(actor, 1, "someone", "roles", "AGENT", "ADMIN,AGENT"));
        });
        return actor;
    }

    /** The fields of the entries the signed-in user sees from this actor, on the page and in the CSV (lines). */
    private String seenFrom(String actor) {
        var filter = new HistoryFilter(null, null, null, actor, null, null, null, null, null);
        var out = new ByteArrayOutputStream();
        history.exportCsv(filter, out);
        return history.page(filter, 0, 10).stream()
                        .map(HistoryRow::field)
                        .sorted()
                        .toList() + " in "
                + out.toString(StandardCharsets.UTF_8).lines().count() + " lines";
    }

    @Test
    void agentsDoNotSeeUserAdministrationEntries() {
        assertThat(seenFrom(aLockoutAndARoleChangeRecordedBy())).isEqualTo("[] in 1 lines");
    }

    @Test
    @WithMockUser(username = "reviewer-rosa", roles = "REVIEWER")
    void reviewersDoNotSeeUserAdministrationEntries() {
        assertThat(seenFrom(aLockoutAndARoleChangeRecordedBy())).isEqualTo("[] in 1 lines");
    }

    @Test
    @WithMockUser(username = "admin-ada", roles = "ADMIN")
    void adminsSeeUserAdministrationEntries() {
        assertThat(seenFrom(aLockoutAndARoleChangeRecordedBy())).isEqualTo("[locked_until, roles] in 3 lines");
    }

    @Test
    void theCsvExportHoldsTheFilteredEntriesWithTheirDelivery() {
        long developmentId = development(knownDevelopment());
        var unit = unit(developmentId, "E-1");
        await().pollInSameThread()
                .atMost(PATIENCE)
                .until(() -> ofUnit(unit).getFirst().delivery().state() == DeliveryOutcome.State.DELIVERED);

        var out = new ByteArrayOutputStream();
        history.exportCsv(HistoryFilter.ofUnit(unit.id()), out);

        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("occurred_at,actor,kind,entity_type,entity");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("agent-hana", "CATALOG_EDIT", "E-1", "created", "DELIVERED");
    }
}
