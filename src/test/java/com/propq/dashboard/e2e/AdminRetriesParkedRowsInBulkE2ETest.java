package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.propq.dashboard.sync.DeliveryEngineTest;
import com.propq.dashboard.sync.OutboxLane;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.UnitState;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In real Chromium, with the delivery engine running against the sandbox: 20 changes PropQ refused with a 403 (our
 * client lacked a permission) wait parked; once PropQ has fixed the permission, an admin filters the sync queue by
 * that answer and retries them all in one action, confirmed with the count, recorded as one history entry.
 */
@DeliveryEngineTest
class AdminRetriesParkedRowsInBulkE2ETest extends ChromiumTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    /** 20 units of one demo development, queued and parked with PropQ's 403 in the same transaction. */
    private List<Long> parkTwentyUnitsByA403() {
        var units = jdbc.sql("""
                        select u.id, u.name, u.version, u.price, d.id as development_id, d.propq_id from unit u
                        join development d on d.id = u.development_id
                        where d.name = (select min(name) from development where name <> 'Mijas Costa Palms'
                                        and propq_id is not null)
                        order by u.id limit 20""").query().listOfRows();
        assertThat(units).hasSize(20);
        var ids = units.stream().map(u -> (Long) u.get("id")).toList();
        transactions.executeWithoutResult(tx -> {
            for (Map<String, Object> u : units) {
                outbox.queueUnit(
                        new UnitState(
                                (Long) u.get("development_id"),
                                (String) u.get("propq_id"),
                                (Long) u.get("id"),
                                (String) u.get("name"),
                                (Long) u.get("version"),
                                1,
                                (BigDecimal) u.get("price"),
                                List.of("S")),
                        OutboxLane.INTERACTIVE);
            }
            jdbc.sql("""
                            update outbox set state = 'PARKED', last_status = 403,
                                last_error = '{"message":"This client may not update units"}'
                            where unit_id in (:ids)""").param("ids", ids).update();
        });
        return ids;
    }

    @Test
    void anAdminRetriesTwentyRowsParkedByA403InOneConfirmedActionAfterPropqFixedThePermission() {
        var units = parkTwentyUnitsByA403();
        var page = newPageAs("admin", "test-admin-password-1");
        page.navigate(url("sync-queue"));

        page.locator("#sync-filter-error-code input").fill("403");
        page.locator("#sync-filter-error-code input").press("Enter");
        assertThat(page.locator("#sync-queue-grid")).containsText("HTTP 403");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("admin-bulk-retry-filtered")));
        page.locator("#sync-bulk-retry").click();
        page.locator("#sync-bulk-confirm").waitFor();
        assertThat(page.locator("#sync-bulk-text"))
                .containsText("The 20 parked changes the filter shows go to PropQ again now.");
        assertThat(page.locator("#sync-bulk-confirm")).hasText("Retry 20");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("admin-bulk-retry-confirm")));
        page.locator("#sync-bulk-confirm").click();

        assertThat(page.locator("vaadin-notification-card").first()).containsText("20 changes are queued again");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from outbox where unit_id in (:ids)")
                                .param("ids", units)
                                .query(Integer.class)
                                .single()
                        == 0);
        assertThat(page.locator("#sync-count-parked")).hasText("0");
        var entries = jdbc.sql("""
                        select reason from change_history
                        where kind = 'SYNC_QUEUE_ACTION' and new_value = 'RETRY' and entity_id is null
                          and actor = 'admin' and entity_label = '20 parked changes'""").query(String.class).list();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().lines()).hasSize(20).allMatch(line -> line.endsWith("(PropQ 403)"));
        page.context().close();
    }
}
