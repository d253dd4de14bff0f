package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A unit PropQ has just received waits out the coalescing window: a second of steady edits, each
 * of which the flusher could have sent on its own, costs PropQ a couple of calls, ending on the last.
 */
@DeliveryEngineTest
@WithMockUser(username = "agent-coalesce", roles = "AGENT")
class CoalescingWindowTest {

    @Autowired
    CatalogEditService editing;
    @Autowired
    CatalogService catalog;
    @Autowired
    PropqSandbox sandbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondOfSteadyEditsToAJustDeliveredUnitCostsAtMostTwoMoreCalls() throws InterruptedException {
        var data = new SyncTestData(jdbc, editing);
        var development = data.development();
        var unit = data.unit(development, "C-1-01");
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.unit(development.propqId(), "C-1-01").isPresent());
        int callsBefore = sandbox.unit(development.propqId(), "C-1-01").orElseThrow().updates();

        BigDecimal last = null;
        for (int i = 1; i <= 20; i++) {
            var now = catalog.unit(unit.id()).orElseThrow();
            last = BigDecimal.valueOf(300_000 + i);
            editing.saveUnit(unit.id(), now.version(), now.values().withPrice(last), null);
            Thread.sleep(40);
        }
        var finalPrice = last;
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.unit(development.propqId(), "C-1-01")
                .filter(u -> u.price().compareTo(finalPrice) == 0).isPresent()
                && jdbc.sql("select count(*) from outbox where unit_id = :id").param("id", unit.id())
                .query(Integer.class).single() == 0);

        int calls = sandbox.unit(development.propqId(), "C-1-01").orElseThrow().updates() - callsBefore;
        assertThat(calls).isBetween(1, 2);
    }
}
