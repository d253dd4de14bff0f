package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.BulkEditService;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.SandboxSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Rows claimed ahead of the free call slots: they start the next calls without a claim each, yet never add a
 * call in flight, and a failing PropQ gets them back into the outbox unsent rather than sent past the circuit.
 */
@DeliveryEngineTest
@WithMockUser(username = "agent-ahead", roles = "AGENT")
class ClaimAheadTest {

    private static final int UNITS = 120;

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
    SyncTestData.Development development;

    @BeforeEach
    void aDevelopmentOfUnitsPropqHasNotSeenYet() {
        data = new SyncTestData(jdbc, editing);
        data.cleanSlate(sandbox);
        development = data.development();
        data.existingUnits(development, "A", UNITS);
    }

    @AfterEach
    void nothingLeftDraining() {
        sandbox.endOutage();
        data.cleanSlate(sandbox);
    }

    /** A bulk price change of every unit: as many batch rows, all due now. */
    private void bulkRaiseAll() {
        data.bulkRaise(bulk, development, UNITS, new BigDecimal("1000"), "Phase 3");
    }

    private int rows(String state) {
        return jdbc.sql("select count(*) from outbox where development_id = :d and state = :s")
                .param("d", development.id())
                .param("s", state)
                .query(Integer.class)
                .single();
    }

    private double claims() {
        return SyncTestData.claimStatements(registry);
    }

    private long arrived() {
        return sandbox.units().stream()
                .filter(u -> u.developmentId().equals(development.propqId()))
                .count();
    }

    @Test
    void rowsHeldAheadNeverMakeMoreCallsAtOnceThanTheConcurrencyAndEveryOneArrives() {
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(150)));
        var mostHeld = new AtomicInteger();
        var mostCalls = new AtomicInteger();

        double claimsBefore = claims();
        bulkRaiseAll();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    mostHeld.accumulateAndGet(rows("SENDING"), Math::max);
                    mostCalls.accumulateAndGet(sandbox.unitsInFlight(), Math::max);
                    return rows("PENDING") + rows("SENDING") == 0;
                });

        // Rows held: the calls in flight, the rows kept ahead, and answers the recorder has not written yet.
        assertThat(mostHeld.get()).isGreaterThan(settings.concurrency());
        assertThat(mostCalls.get()).isLessThanOrEqualTo(settings.concurrency());
        assertThat(arrived()).isEqualTo(UNITS);
        // A claim without rows kept ahead takes at most a row per free slot, so at least UNITS / concurrency claims;
        // the kept rows start calls without a claim of their own.
        assertThat(claims() - claimsBefore)
                .as("claim statements for %d rows", UNITS)
                .isLessThan((double) UNITS / settings.concurrency());
    }

    @Test
    void whenPropqFailsTheRowsHeldAheadGoBackToTheOutboxUnsent() {
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(100)));
        bulkRaiseAll();
        await().atMost(Duration.ofMinutes(1)).until(() -> arrived() >= 10 && rows("SENDING") > settings.concurrency());

        sandbox.startOutage(SandboxSettings.Outage.Kind.SERVER_ERROR, Duration.ofMinutes(1));

        // Kept rows would otherwise stay this instance's for the whole lease (minutes): none is, once the calls
        // that were in flight have their answers (a probe may be in flight now and then, so wait for a moment
        // without one).
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SENDING") == 0);

        sandbox.endOutage();
        await().atMost(Duration.ofMinutes(2)).until(() -> rows("PENDING") + rows("SENDING") == 0);
        assertThat(arrived()).isEqualTo(UNITS);
    }
}
