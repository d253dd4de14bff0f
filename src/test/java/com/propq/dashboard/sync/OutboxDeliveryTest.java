package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.UnitDetails;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.propq.PropqClient;
import com.propq.dashboard.propq.PropqCredentials;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.SandboxSettings;
import com.propq.dashboard.propq.sandbox.SandboxUnit;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery engine against the sandbox over real HTTP, on PostgreSQL, one delivery rule per test. */
@DeliveryEngineTest
@WithMockUser(username = "agent-ana", roles = "AGENT")
class OutboxDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    OutboxRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogEditService editing;

    @Autowired
    CatalogService catalog;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SyncStatusService syncStatus;

    @Autowired
    PropqClient client;

    @Autowired
    PropqCredentials credentials;

    @Autowired
    DeliveryProperties settings;

    @Autowired
    DeliveryMetrics metrics;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DataSource dataSource;

    @Autowired
    PublishEventsRecorder publishEvents;

    SyncTestData data;

    @BeforeEach
    void cleanSlate() {
        data = new SyncTestData(jdbc, editing);
        data.cleanSlate(sandbox);
        publishEvents.events.clear();
    }

    private int outboxRows() {
        return jdbc.sql("select count(*) from outbox").query(Integer.class).single();
    }

    private int parkedRows() {
        return jdbc.sql("select count(*) from outbox where state = 'PARKED'")
                .query(Integer.class)
                .single();
    }

    private UnitDetails current(UnitDetails unit) {
        return catalog.unit(unit.id()).orElseThrow();
    }

    private UnitDetails edit(UnitDetails unit, BigDecimal price) {
        var now = current(unit);
        return editing.saveUnit(now.id(), now.version(), now.values().withPrice(price), "test edit");
    }

    private static void assertSandboxHolds(SandboxUnit held, UnitDetails unit) {
        assertThat(held.status()).isEqualTo(unit.values().status().propqCode());
        assertThat(held.price()).isEqualByComparingTo(unit.values().price());
        assertThat(held.directions())
                .containsExactlyElementsOf(unit.values().directions().stream()
                        .map(Enum::name)
                        .sorted(java.util.Comparator.comparing(d ->
                                com.propq.dashboard.catalog.Direction.valueOf(d).ordinal()))
                        .toList());
    }

    @Test
    void anEditReachesTheSandboxAndTheSandboxStateEqualsTheCatalogs() {
        var development = data.development();
        var unit = data.unit(development, "A-1-01");
        var now = current(unit);
        var edited = editing.saveUnit(
                now.id(),
                now.version(),
                now.values().withStatus(UnitStatus.RESERVED).withPrice(new BigDecimal("312500.50")),
                null);

        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        var held = sandbox.unit(development.propqId(), "A-1-01").orElseThrow();
        assertSandboxHolds(held, edited);
        assertThat(syncStatus.unitState(unit.id()).badge()).isEqualTo(SyncBadge.SYNCED);
        assertThat(jdbc.sql("select delivered_version from unit_delivery where unit_id = :id")
                        .param("id", unit.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(edited.version());
        assertThat(jdbc.sql("select outcome, http_status from delivery_log where unit_id = :id order by id")
                        .param("id", unit.id())
                        .query()
                        .listOfRows())
                .extracting(r -> r.get("outcome"))
                .containsOnly("DELIVERED");
    }

    @Test
    void twentyQuickEditsCostAtMostTwoCallsAndTheSandboxEndsWithTheLastEdit() {
        var development = data.development();
        var unit = data.unit(development, "B-2-02");
        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        var callsBefore =
                sandbox.unit(development.propqId(), "B-2-02").orElseThrow().updates();
        // PropQ takes its time, as a real network does: the edits land while the first call is on its way.
        sandbox.apply(sandbox.settings().withLatency(Duration.ofSeconds(1)));

        UnitDetails last = unit;
        for (int i = 1; i <= 20; i++) {
            last = edit(unit, new BigDecimal(300_000 + i * 1_000));
        }

        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        var held = sandbox.unit(development.propqId(), "B-2-02").orElseThrow();
        assertThat(held.updates() - callsBefore).isBetween(1, 2);
        assertSandboxHolds(held, last);
        assertThat(last.values().price()).isEqualByComparingTo("320000");
    }

    @Test
    void anOutageParksNothingOpensTheCircuitAndEverythingArrivesAfterRecovery() {
        var development = data.development();
        sandbox.startOutage(SandboxSettings.Outage.Kind.SERVER_ERROR, Duration.ofSeconds(6));
        var units = new ArrayList<UnitDetails>();
        for (int i = 1; i <= 10; i++) {
            units.add(data.unit(development, "C-0-" + i));
        }

        await().atMost(PATIENCE).until(() -> syncStatusSnapshot().circuitOpen());
        assertThat(syncStatusSnapshot().waiting()).isGreaterThanOrEqualTo(10);
        await().atMost(PATIENCE).until(() -> sandbox.activeOutage().isEmpty());
        var retriesDuringOutage = jdbc.sql("select count(*) from delivery_log where outcome = 'RETRY'")
                .query(Integer.class)
                .single();
        var maxAttempts = jdbc.sql("select coalesce(max(attempts), 0) from outbox")
                .query(Integer.class)
                .single();

        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        assertThat(parkedRows()).isZero();
        assertThat(jdbc.sql("select count(*) from delivery_log where outcome = 'PARKED'")
                        .query(Integer.class)
                        .single())
                .isZero();
        // Without the circuit, 10 rows backing off 50..500 ms for 6 s would have made well over a hundred attempts.
        assertThat(retriesDuringOutage)
                .isLessThanOrEqualTo(settings.circuitFailureThreshold() + settings.concurrency() + 10 + 3);
        assertThat(maxAttempts).isLessThanOrEqualTo(settings.circuitFailureThreshold() + 1);
        for (var unit : units) {
            assertSandboxHolds(sandbox.unit(development.propqId(), unit.name()).orElseThrow(), current(unit));
        }
        await().atMost(PATIENCE).until(() -> !syncStatusSnapshot().circuitOpen());
    }

    private SyncSnapshot syncStatusSnapshot() {
        return repository.snapshot();
    }

    @Test
    void a422ParksTheRowWithItsFieldErrorsAndACorrectedEditReplacesItAndIsDelivered() {
        var development = data.development();
        var unit = data.unit(development, "D-1-01");
        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        queueAsPropqWouldRefuse(unit, development);

        await().atMost(PATIENCE).until(() -> parkedRows() == 1);
        var parked = syncStatus.unitState(unit.id());
        assertThat(parked.badge()).isEqualTo(SyncBadge.NEEDS_FIX);
        assertThat(parked.lastStatus()).isEqualTo(422);
        assertThat(parked.fieldErrors()).containsOnlyKeys("UntPrice");
        assertThat(parked.fieldErrors().get("UntPrice"))
                .singleElement()
                .asString()
                .contains("UntPrice");

        var fixed = edit(unit, new BigDecimal("305000"));

        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        assertSandboxHolds(sandbox.unit(development.propqId(), "D-1-01").orElseThrow(), fixed);
        assertThat(syncStatus.unitState(unit.id()).badge()).isEqualTo(SyncBadge.SYNCED);
    }

    /** PropQ has a rule the catalog does not: a state it refuses with a 422, queued as the catalog would. */
    private void queueAsPropqWouldRefuse(UnitDetails unit, SyncTestData.Development development) {
        var now = current(unit);
        transactions.executeWithoutResult(tx -> outbox.queueUnit(
                new UnitState(
                        development.id(),
                        development.propqId(),
                        unit.id(),
                        unit.name(),
                        now.version(),
                        1,
                        new BigDecimal("-1"),
                        List.of("S")),
                OutboxLane.INTERACTIVE));
    }

    @Test
    void withEveryTokenExpiredInTheSandboxOneTokenRequestServesAllAndNothingIsParked() {
        var development = data.development();
        var first = data.unit(development, "E-0-00");
        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        sandbox.expireAllTokens();
        var tokenRequests = sandbox.requests(PropqSandbox.Operation.TOKEN);

        for (int i = 1; i <= 8; i++) {
            data.unit(development, "E-0-" + i);
        }
        edit(first, new BigDecimal("333000"));

        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        assertThat(sandbox.requests(PropqSandbox.Operation.TOKEN) - tokenRequests)
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from delivery_log where outcome = 'PARKED'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(sandbox.units())
                .filteredOn(u -> u.developmentId().equals(development.propqId()))
                .hasSize(9);
    }

    @Test
    void twoFlushersOnOneDatabaseDeliverAThousandChangesWithNeverTwoRequestsInFlightForAUnitAndNoStaleOverwrite()
            throws Exception {
        var development = data.development();
        var units = new ArrayList<UnitDetails>();
        for (int i = 0; i < 200; i++) {
            units.add(data.unit(development, "F-" + i));
        }
        // A second instance: its own connection pool to the same database, its own flusher and threads.
        var url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (var secondPool = new HikariDataSource()) {
            secondPool.setJdbcUrl(url);
            secondPool.setMaximumPoolSize(4);
            var second = new OutboxFlusher(
                    "second",
                    new OutboxRepository(JdbcClient.create(secondPool)),
                    new TransactionTemplate(new DataSourceTransactionManager(secondPool)),
                    client,
                    credentials,
                    settings,
                    Duration.ofSeconds(35),
                    new DeliveryMetrics(
                            new SimpleMeterRegistry(),
                            new SyncUpdates(new OutboxRepository(JdbcClient.create(secondPool))),
                            Clock.systemUTC()),
                    events,
                    Clock.systemUTC());
            var poller = Executors.newSingleThreadScheduledExecutor();
            poller.scheduleWithFixedDelay(second::nudge, 0, 50, TimeUnit.MILLISECONDS);
            try {
                // 200 creations + 800 edits = 1,000 changes, interleaved over the units.
                for (int round = 1; round <= 4; round++) {
                    for (var unit : units) {
                        edit(unit, new BigDecimal(400_000 + round * 1_000 + units.indexOf(unit)));
                    }
                }
                await().atMost(Duration.ofMinutes(3)).until(() -> outboxRows() == 0);
            } finally {
                poller.shutdownNow();
                second.close();
            }
        }
        assertThat(sandbox.maxInFlightPerUnit()).isEqualTo(1);
        assertThat(parkedRows()).isZero();
        for (var unit : units) {
            assertSandboxHolds(sandbox.unit(development.propqId(), unit.name()).orElseThrow(), current(unit));
        }
    }

    @Test
    void aRowClaimedByADeadInstanceIsDeliveredByAnotherOnceItsLeaseRunsOut() {
        var development = data.development();
        // The "dead" instance claims the new unit's row in the same transaction, with a 2 s lease, and never answers.
        var claimed = transactions.execute(tx -> {
            data.unit(development, "G-1-01");
            return repository.claim(10, 0, Duration.ofSeconds(2), UUID.randomUUID(), false);
        });
        assertThat(claimed)
                .singleElement()
                .satisfies(row -> assertThat(row.unitName()).isEqualTo("G-1-01"));
        assertThat(jdbc.sql("select state from outbox").query(String.class).single())
                .isEqualTo("SENDING");

        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        assertThat(sandbox.unit(development.propqId(), "G-1-01")).isPresent();

        // Its answer, arriving late, changes nothing: the claim is no longer its own.
        var dead = claimed.getFirst();
        transactions.executeWithoutResult(tx -> repository.retryLater(dead, 503, "late", Duration.ZERO, true));
        assertThat(outboxRows()).isZero();
    }

    @Test
    void publishWaitsForTheDevelopmentsPendingUnitRows() {
        var development = data.development();
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(700)));
        var units = new ArrayList<UnitDetails>();
        transactions.executeWithoutResult(tx -> {
            for (int i = 1; i <= 6; i++) {
                units.add(data.unit(development, "H-" + i));
            }
            outbox.queuePublish(development.id(), development.propqId(), 4711L);
        });

        await().atMost(PATIENCE).until(() -> outboxRows() == 0);
        var log = jdbc.sql("""
                        select kind, attempted_at, attempted_at + duration_ms * interval '1 millisecond' as finished
                        from delivery_log where development_id = :id and outcome = 'DELIVERED'""").param("id", development.id()).query().listOfRows();
        var publishSent = log.stream()
                .filter(r -> r.get("kind").equals("PUBLISH"))
                .map(r -> ((java.sql.Timestamp) r.get("attempted_at")).toInstant())
                .findFirst()
                .orElseThrow();
        var lastUnitAnswered = log.stream()
                .filter(r -> r.get("kind").equals("UNIT"))
                .map(r -> ((java.sql.Timestamp) r.get("finished")).toInstant())
                .max(Instant::compareTo)
                .orElseThrow();
        assertThat(log).filteredOn(r -> r.get("kind").equals("UNIT")).hasSize(6);
        assertThat(publishSent).isAfterOrEqualTo(lastUnitAnswered.minusMillis(5));
        assertThat(sandbox.requests(PropqSandbox.Operation.PUBLISH)).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> !publishEvents.events.isEmpty());
        assertThat(publishEvents.events)
                .containsExactly(new PublishDelivered(development.id(), development.propqId(), 4711L, null));
    }

    @Test
    void aCallToAnUnknownDevelopmentParksTheRowWithPropqsAnswer() {
        var id = jdbc.sql("insert into development (propq_id, name) values ('NOT-IN-PROPQ', 'Unknown') returning id")
                .query(Long.class)
                .single();
        try {
            var unit = editing.createUnit(id, "X-1", SyncTestData.values(new BigDecimal("1000")));
            await().atMost(PATIENCE).until(() -> parkedRows() == 1);
            var state = syncStatus.unitState(unit.id());
            assertThat(state.lastStatus()).isEqualTo(404);
            assertThat(state.lastError()).contains("Development not found");
            assertThat(state.fieldErrors()).isEmpty();
        } finally {
            jdbc.sql("delete from outbox where development_id = :id")
                    .param("id", id)
                    .update();
        }
    }
}
