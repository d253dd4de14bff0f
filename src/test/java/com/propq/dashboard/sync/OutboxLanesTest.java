package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agent's edit never waits behind a batch. Order is judged by what PropQ holds when the edit arrives,
 * never by how long anything took.
 */
@DeliveryEngineTest
@WithMockUser(username = "agent-lanes", roles = "AGENT")
class OutboxLanesTest {

    private static final int BATCH = 500;
    private static final BigDecimal BATCH_RAISE = new BigDecimal("1000");

    @Autowired
    OutboxRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogEditService editing;

    @Autowired
    CatalogService catalog;

    @Autowired
    BulkEditService bulk;

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    TransactionTemplate transactions;

    SyncTestData data;
    SyncTestData.Development development;

    @BeforeEach
    void aDevelopmentPropqHasNotSeenYet() {
        data = new SyncTestData(jdbc, editing);
        data.cleanSlate(sandbox);
        development = data.development();
        data.existingUnits(development, "L", BATCH + 1);
    }

    @AfterEach
    void nothingLeftDraining() {
        data.cleanSlate(sandbox);
    }

    private long unitId(String name) {
        return jdbc.sql("select id from unit where development_id = :d and name = :n")
                .param("d", development.id())
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** A bulk price change of the first {@code count} units: as many BATCH rows, all due now. */
    private void bulkRaise(int count) {
        data.bulkRaise(bulk, development, count, BATCH_RAISE, "Phase 2");
    }

    private BigDecimal singleEdit(String name, BigDecimal price) {
        var unit = catalog.unit(unitId(name)).orElseThrow();
        editing.saveUnit(unit.id(), unit.version(), unit.values().withPrice(price), null);
        return price;
    }

    private void awaitPropqHolds(String name, BigDecimal price) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> sandbox.unit(development.propqId(), name)
                        .filter(u -> u.price().compareTo(price) == 0)
                        .isPresent());
    }

    /** Batch units PropQ holds now: at the moment the edit arrived it held no more than this. */
    private long batchUnitsArrived(String except) {
        return sandbox.units().stream()
                .filter(u -> u.developmentId().equals(development.propqId())
                        && !u.name().equals(except))
                .count();
    }

    private String lane(String name) {
        return jdbc.sql("select lane from outbox where development_id = :d and unit_name = :n")
                .param("d", development.id())
                .param("n", name)
                .query(String.class)
                .single();
    }

    @Test
    void withFiveHundredBatchedRowsPendingAgainstASlowPropqASingleEditIsDeliveredBeforeTheBatchHasDrained() {
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(100)));
        bulkRaise(BATCH);
        var price = singleEdit("L-0501", new BigDecimal("350000"));

        awaitPropqHolds("L-0501", price);

        assertThat(batchUnitsArrived("L-0501")).isLessThan(BATCH);
    }

    @Test
    void anEditOfAUnitTheBatchQueuedLastMovesItToTheInteractiveLaneAheadOfTheRestOfTheBatch() {
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(100)));
        bulkRaise(BATCH);
        // The batch's last row by due order: it would otherwise be the last call of the 500.
        var last = jdbc.sql("select unit_name from outbox where development_id = :d order by next_attempt_at desc, id "
                        + "desc limit 1")
                .param("d", development.id())
                .query(String.class)
                .single();
        var price = singleEdit(last, new BigDecimal("360000"));

        awaitPropqHolds(last, price);

        assertThat(batchUnitsArrived(last)).isLessThan(BATCH - 1);
    }

    @Test
    void aBatchTouchingAUnitWhoseEditIsStillWaitingLeavesItInTheInteractiveLane() {
        transactions.executeWithoutResult(tx -> {
            singleEdit("L-0001", new BigDecimal("310000"));
            bulkRaise(2);
            assertThat(lane("L-0001")).isEqualTo("INTERACTIVE");
            assertThat(lane("L-0002")).isEqualTo("BATCH");
            tx.setRollbackOnly();
        });
    }

    @Test
    void freedSlotsGoToSingleEditsFirstYetABatchWithNothingInFlightGetsOne() {
        // Queued and claimed in one transaction, so the running engine never sees these rows.
        transactions.executeWithoutResult(tx -> {
            bulkRaise(5);
            for (int i = 6; i <= 10; i++) {
                singleEdit("L-%04d".formatted(i), new BigDecimal("320000"));
            }

            var batchIdle = repository.claim(4, 1, Duration.ofMinutes(1), UUID.randomUUID(), false);
            var batchBusy = repository.claim(4, 0, Duration.ofMinutes(1), UUID.randomUUID(), false);

            assertThat(batchIdle)
                    .extracting(ClaimedRow::lane)
                    .containsExactlyInAnyOrder(
                            OutboxLane.INTERACTIVE, OutboxLane.INTERACTIVE, OutboxLane.INTERACTIVE, OutboxLane.BATCH);
            assertThat(batchBusy)
                    .extracting(ClaimedRow::lane)
                    .containsExactlyInAnyOrder(
                            OutboxLane.INTERACTIVE, OutboxLane.INTERACTIVE, OutboxLane.BATCH, OutboxLane.BATCH);
            tx.setRollbackOnly();
        });
    }
}
