package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * A row claimed ahead is sent only while its lease still has room for a whole call (connect + read timeout).
 * Here that room is 100 ms and PropQ answers in 150 ms, so every kept row outlives it before a slot is free: each
 * must go back to the outbox and be claimed again, never sent late, and every change still arrives.
 */
@DeliveryEngineTest
@TestPropertySource(properties = {"app.sync.lease=3s", "propq.connect-timeout=1s", "propq.read-timeout=1900ms"})
@WithMockUser(username = "agent-stale", roles = "AGENT")
class StaleRowsAheadTest {

    private static final int UNITS = 60;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogEditService editing;

    @Autowired
    BulkEditService bulk;

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    DeliveryProperties settings;

    @Autowired
    MeterRegistry registry;

    SyncTestData data;

    @AfterEach
    void nothingLeftDraining() {
        data.cleanSlate(sandbox);
    }

    @Test
    void keptRowsWhoseLeaseRanShortGoBackAndEveryChangeStillArrives() {
        data = new SyncTestData(jdbc, editing);
        data.cleanSlate(sandbox);
        var development = data.development();
        data.existingUnits(development, "S", UNITS);
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(150)));
        double claimsBefore = SyncTestData.claimStatements(registry);

        data.bulkRaise(bulk, development, UNITS, new BigDecimal("1000"), "Stale ahead");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("select count(*) from outbox where development_id = :d")
                                .param("d", development.id())
                                .query(Integer.class)
                                .single()
                        == 0);

        assertThat(sandbox.units().stream()
                        .filter(u -> u.developmentId().equals(development.propqId()))
                        .filter(u -> u.updates() == 1))
                .hasSize(UNITS);
        assertThat(sandbox.maxInFlightPerUnit()).isEqualTo(1);
        // Kept rows started no call: a slot's next call needed a claim of its own (ClaimAheadTest, where kept rows
        // are fresh, needs fewer claims than UNITS / concurrency).
        assertThat(SyncTestData.claimStatements(registry) - claimsBefore)
                .as("claim statements for %d rows", UNITS)
                .isGreaterThanOrEqualTo((double) UNITS / settings.concurrency());
    }
}
